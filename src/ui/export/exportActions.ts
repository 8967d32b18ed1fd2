import { buildAnnotationSet, exportFileName } from "../../model/format/annotationSet";
import { buildCsv } from "../../model/format/csv";
import { buildW3cCollection } from "../../model/format/w3c";
import type { Annotation, Article, Speaker } from "../../model/types";
import { annotationsOfArticle } from "../../store/annotations";
import { libraryArticles } from "../../store/library";
import { recordFullExport } from "../../store/meta";
import type { AnnotatorDatabase } from "../../store/schema";
import { downloadFile } from "../shared/download";

export type ExportFormat = "json" | "w3c" | "csv" | "csv-raw";

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

/** What an export holds: articles with their annotations, and the speakers it may name. */
export interface ExportContent {
  articles: readonly Article[];
  annotations: readonly Annotation[];
  speakers: readonly Speaker[];
}

/** Reads `articles` with their annotations and every speaker in one transaction. */
async function readExportContent(
  db: AnnotatorDatabase,
  articles: readonly Article[],
): Promise<ExportContent> {
  const [annotations, speakers] = await db.transaction("r", db.annotations, db.speakers, async () => {
    const perArticle = await Promise.all(articles.map((a) => annotationsOfArticle(db, a.id)));
    return [perArticle.flat(), await db.speakers.toArray()] as const;
  });
  return { articles, annotations, speakers };
}

/**
 * Downloads `content` in `format`; `scope` names the file: an article id, or "all". A full backup
 * (`allSpeakers`) keeps every speaker; an article's export keeps the ones it names.
 */
export function downloadExport(
  content: ExportContent,
  scope: string,
  format: ExportFormat = "json",
  allSpeakers = false,
): void {
  const named = new Set(content.annotations.map((a) => a.speakerId));
  const data = buildAnnotationSet({
    articles: content.articles,
    annotations: content.annotations,
    speakers: allSpeakers ? content.speakers : content.speakers.filter((s) => named.has(s.id)),
    exportedAt: new Date(),
  });
  const base = exportFileName(scope, new Date(data.exportedAt));
  if (format === "json") downloadFile(base, `${JSON.stringify(data, null, 2)}\n`);
  else if (format === "w3c") {
    const collection = buildW3cCollection(data, `Quote Annotator: ${scope}`);
    downloadFile(
      base.replace(/\.json$/, ".jsonld"),
      `${JSON.stringify(collection, null, 2)}\n`,
      "application/ld+json",
    );
  } else if (format === "csv") {
    downloadFile(base.replace(/\.json$/, ".csv"), buildCsv(data, "spreadsheet"), "text/csv;charset=utf-8");
  } else downloadFile(base.replace(/\.json$/, "-raw.csv"), buildCsv(data, "raw"), "text/csv;charset=utf-8");
}

/** Reads `articles` from the database and downloads them in `format`. */
export async function exportArticles(
  db: AnnotatorDatabase,
  articles: readonly Article[],
  scope: string,
  format: ExportFormat = "json",
  allSpeakers = false,
): Promise<void> {
  downloadExport(await readExportContent(db, articles), scope, format, allSpeakers);
}

/** "Export all": every article, annotation and speaker; remembered as the last full backup. */
export async function exportEverything(db: AnnotatorDatabase, format: ExportFormat = "json"): Promise<void> {
  await exportArticles(db, await libraryArticles(db), "all", format, true);
  if (format === "json") await recordFullExport(db, new Date());
}
