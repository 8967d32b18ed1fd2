import { buildCsv } from "../model/format/csv";
import { buildExportV1, type ExportV1, exportFileName } from "../model/format/exportV1";
import { buildW3cCollection } from "../model/format/w3c";
import type { Article } from "../model/types";
import type { AnnotatorDatabase } from "../store/db";
import { recordFullExport } from "../store/meta";
import { bundledArticles } from "./bundledArticles";
import { downloadFile } from "./download";

export type ExportFormat = "json" | "w3c" | "csv";

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  json: "JSON",
  w3c: "W3C Web Annotation (JSON-LD)",
  csv: "CSV for spreadsheets",
};

/** The version 1 export of `articles` with their annotations and speakers, read in one transaction. */
async function exportData(
  db: AnnotatorDatabase,
  articles: readonly Article[],
  allSpeakers: boolean,
): Promise<ExportV1> {
  const ids = articles.map((a) => a.id);
  const [annotations, speakers] = await db.transaction(
    "r",
    db.annotations,
    db.speakers,
    async () =>
      [await db.annotations.where("articleId").anyOf(ids).toArray(), await db.speakers.toArray()] as const,
  );
  const named = new Set(annotations.map((a) => a.speakerId));
  return buildExportV1({
    articles,
    annotations,
    // A full backup keeps every speaker; an article's export keeps the ones it names.
    speakers: allSpeakers ? speakers : speakers.filter((s) => named.has(s.id)),
    exportedAt: new Date(),
  });
}

/** Downloads `articles` in `format`; `scope` names the file: an article id, or "all". */
export async function exportArticles(
  db: AnnotatorDatabase,
  articles: readonly Article[],
  scope: string,
  format: ExportFormat = "json",
  allSpeakers = false,
): Promise<void> {
  const data = await exportData(db, articles, allSpeakers);
  const at = new Date(data.exportedAt);
  const base = exportFileName(scope, at);
  if (format === "json") downloadFile(base, `${JSON.stringify(data, null, 2)}\n`);
  else if (format === "w3c") {
    const collection = buildW3cCollection(data, `Quote Annotator: ${scope}`);
    downloadFile(
      base.replace(/\.json$/, ".jsonld"),
      `${JSON.stringify(collection, null, 2)}\n`,
      "application/ld+json",
    );
  } else downloadFile(base.replace(/\.json$/, ".csv"), buildCsv(data), "text/csv;charset=utf-8");
}

/** "Export all": every article, annotation and speaker; remembered as the last full backup. */
export async function exportEverything(db: AnnotatorDatabase, format: ExportFormat = "json"): Promise<void> {
  await exportArticles(db, [...bundledArticles, ...(await db.articles.toArray())], "all", format, true);
  if (format === "json") await recordFullExport(db, new Date());
}
