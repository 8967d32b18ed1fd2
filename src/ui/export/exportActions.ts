import {
  type ExportContent,
  type ExportFile,
  type ExportFormat,
  exportFile,
} from "../../model/format/exportFile";
import type { Article } from "../../model/types";
import { readExportContent } from "../../store/exportContent";
import { recordFullExport } from "../../store/meta";
import type { AnnotatorDatabase } from "../../store/schema";
import { downloadFile } from "../shared/download";

export type { ExportFormat };

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  json: "JSON",
  w3c: "W3C Web Annotation (JSON-LD)",
  csv: "CSV for spreadsheets",
  "csv-raw": "CSV, raw",
};

/** What each of the other formats is for, said under its button. */
export const EXPORT_FORMAT_HINTS: Record<Exclude<ExportFormat, "json">, string> = {
  w3c: "for annotation tools that read the W3C model",
  csv: "Excel, LibreOffice: formulas disarmed with a leading '",
  "csv-raw": "pandas, R: every cell exactly as written",
};

/** Downloads `content` in `format`: see `exportFile`. */
export function downloadExport(
  content: ExportContent,
  scope: string,
  format: ExportFormat = "json",
  allSpeakers = false,
): void {
  const file = exportFile(content, scope, format, allSpeakers);
  downloadFile(file.name, file.text, file.type);
}

/** Reads `articles` from the database and downloads them in `format`. */
export async function exportArticles(
  db: AnnotatorDatabase,
  articles: readonly Article[],
  scope: string,
  format: ExportFormat = "json",
): Promise<void> {
  downloadExport(await readExportContent(db, articles), scope, format);
}

/**
 * "Export all": every article, annotation and speaker, read and written in a worker so that the page
 * never waits on it; remembered as the last full backup.
 */
export async function exportEverything(db: AnnotatorDatabase, format: ExportFormat = "json"): Promise<void> {
  const worker = new Worker(new URL("../../workers/export.worker.ts", import.meta.url), { type: "module" });
  try {
    const reply = await new Promise<{ ok: true; file: ExportFile } | { ok: false; error: string }>(
      (resolve, reject) => {
        worker.onmessage = ({ data }) => resolve(data);
        worker.onerror = (event) => reject(new Error(event.message || "the export worker failed"));
        worker.postMessage({ format });
      },
    );
    if (!reply.ok) throw new Error(reply.error);
    downloadFile(reply.file.name, reply.file.text, reply.file.type);
  } finally {
    worker.terminate();
  }
  if (format === "json") await recordFullExport(db, new Date());
}
