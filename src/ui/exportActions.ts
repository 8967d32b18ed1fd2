import { buildExportV1, exportFileName } from "../model/format/exportV1";
import type { Article } from "../model/types";
import type { AnnotatorDatabase } from "../store/db";
import { recordFullExport } from "../store/meta";
import { bundledArticles } from "./bundledArticles";
import { downloadFile } from "./download";

/**
 * Downloads the version 1 export of `articles` with their annotations and the speakers they name.
 * `scope` names the file: an article id, or "all".
 */
export async function exportArticles(
  db: AnnotatorDatabase,
  articles: readonly Article[],
  scope: string,
): Promise<void> {
  const ids = articles.map((a) => a.id);
  const [annotations, speakers] = await db.transaction(
    "r",
    db.annotations,
    db.speakers,
    async () =>
      [await db.annotations.where("articleId").anyOf(ids).toArray(), await db.speakers.toArray()] as const,
  );
  const named = new Set(annotations.map((a) => a.speakerId));
  const exportedAt = new Date();
  const data = buildExportV1({
    articles,
    annotations,
    speakers: speakers.filter((s) => named.has(s.id)),
    exportedAt,
  });
  downloadFile(exportFileName(scope, exportedAt), `${JSON.stringify(data, null, 2)}\n`);
}

/** "Export all": every article, annotation and speaker; remembered as the last full backup. */
export async function exportEverything(db: AnnotatorDatabase): Promise<void> {
  await exportArticles(db, [...bundledArticles, ...(await db.articles.toArray())], "all");
  await recordFullExport(db, new Date());
}
