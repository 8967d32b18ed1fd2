import type { Article } from "../model/types";
import { annotationsOfArticle } from "./annotations";
import type { StoreChange, StoreStep } from "./changes";
import type { AnnotatorDatabase } from "./schema";

export async function addArticle(db: AnnotatorDatabase, article: Article): Promise<StoreStep> {
  await db.articles.add(article);
  return {
    kind: "import-article",
    label: `Import ${article.title}`,
    changes: [{ table: "articles", id: article.id, before: null, after: article }],
  };
}

/** Deletes an imported article with all its annotations, in one transaction and one undo step. */
export async function deleteArticle(db: AnnotatorDatabase, id: string): Promise<StoreStep | null> {
  return db.transaction("rw", db.articles, db.annotations, async () => {
    const article = await db.articles.get(id);
    if (!article) return null;
    const annotations = await annotationsOfArticle(db, id);
    await db.annotations.bulkDelete(annotations.map((a) => a.id));
    await db.articles.delete(id);
    const changes: StoreChange[] = [
      ...annotations.map((a) => ({ table: "annotations" as const, id: a.id, before: a, after: null })),
      { table: "articles", id, before: article, after: null },
    ];
    return { kind: "delete-article", label: `Delete ${article.title}`, changes };
  });
}
