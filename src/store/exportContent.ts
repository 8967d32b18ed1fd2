import type { ExportContent } from "../model/format/exportFile";
import type { Article } from "../model/types";
import { annotationsOfArticle } from "./annotations";
import type { AnnotatorDatabase } from "./schema";

/** Reads `articles` with their annotations and every speaker in one transaction. */
export async function readExportContent(
  db: AnnotatorDatabase,
  articles: readonly Article[],
): Promise<ExportContent> {
  const [annotations, speakers] = await db.transaction("r", db.annotations, db.speakers, async () => {
    const perArticle = await Promise.all(articles.map((a) => annotationsOfArticle(db, a.id)));
    return [perArticle.flat(), await db.speakers.toArray()] as const;
  });
  return { articles, annotations, speakers };
}
