import type { ExportContent } from "../model/format/exportFile";
import type { Article } from "../model/types";
import { annotationsOfArticle } from "./annotations";
import { readOwnName } from "./meta";
import type { AnnotatorDatabase } from "./schema";

/** Reads `articles` with their annotations and every speaker in one transaction. */
export async function readExportContent(
  db: AnnotatorDatabase,
  articles: readonly Article[],
): Promise<ExportContent> {
  const [annotations, speakers, ownName] = await db.transaction(
    "r",
    db.annotations,
    db.speakers,
    db.meta,
    async () => {
      const perArticle = await Promise.all(articles.map((a) => annotationsOfArticle(db, a.id)));
      return [perArticle.flat(), await db.speakers.toArray(), await readOwnName(db)] as const;
    },
  );
  return { articles, annotations, speakers, ...(ownName ? { ownName } : {}) };
}
