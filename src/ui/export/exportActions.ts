import type { ExportFormat } from "../../model/format/exportFile";
import { recordFullExport } from "../../store/meta";
import type { AnnotatorDatabase } from "../../store/schema";
import type { ExportReply, ExportRequest } from "../../workers/export.worker";
import { downloadFile } from "../shared/download";

export type { ExportFormat };

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  json: "JSON",
  w3c: "W3C Web Annotation (JSON-LD)",
  csv: "CSV for spreadsheets",
  "csv-raw": "CSV, raw",
  brat: "brat standoff (.zip)",
};

/** What each of the other formats is for, said under its button. */
export const EXPORT_FORMAT_HINTS: Record<Exclude<ExportFormat, "json">, string> = {
  w3c: "for annotation tools that read the W3C model",
  csv: "Excel, LibreOffice: formulas disarmed with a leading '",
  "csv-raw": "pandas, R: every cell exactly as written",
  brat: "a .txt and an .ann per article, as PolNeAR: spans, cues, sources, kinds, notes (no speakers)",
};

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve(reply: ExportReply): void; reject(error: Error): void }>();

/** The page's export worker, started at the first export and kept for the next ones. */
function exportWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL("../../workers/export.worker.ts", import.meta.url), { type: "module" });
  started.onmessage = ({ data }: MessageEvent<ExportReply>) => {
    waiting.get(data.id)?.resolve(data);
    waiting.delete(data.id);
  };
  // A worker that fails to start or dies fails what it was asked; the next export starts another.
  started.onerror = (event) => {
    const error = new Error(event.message || "the export worker failed");
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    started.terminate();
    if (worker === started) worker = null;
  };
  worker = started;
  return started;
}

/** Builds the export in the worker (see export.worker.ts) and hands the finished file to the browser. */
async function exportInWorker(request: Omit<ExportRequest, "id">): Promise<void> {
  const id = ++nextId;
  const reply = await new Promise<ExportReply>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    exportWorker().postMessage({ ...request, id } satisfies ExportRequest);
  });
  if (!reply.ok) throw new Error(reply.error);
  downloadFile(reply.name, reply.blob);
}

/** One article with its annotations and the speakers they name, as stored. */
export function exportArticle(articleId: string, format: ExportFormat = "json"): Promise<void> {
  return exportInWorker({ format, articleId });
}

/** "Export all": every article, annotation and speaker; remembered as the last full backup. */
export async function exportEverything(db: AnnotatorDatabase, format: ExportFormat = "json"): Promise<void> {
  await exportInWorker({ format });
  if (format === "json") await recordFullExport(db, new Date());
}
