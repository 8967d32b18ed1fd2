import { inLibraryOrder } from "../model/articleSummary";
import type { Article } from "../model/types";
import { bundledArticles } from "./bundledArticles";
import type { AnnotatorDatabase } from "./schema";

/**
 * The library: the articles bundled with the app, in the order they ship, then the imported ones by
 * title. Everything that lists, exports or matches against the library reads it here.
 */
export async function libraryArticles(db: AnnotatorDatabase): Promise<Article[]> {
  return inLibraryOrder(bundledArticles, await db.articles.toArray());
}

/** The article of the library with this text, bundled or imported: the same text is one article. */
export async function articleWithText(
  db: AnnotatorDatabase,
  textSha256: string,
): Promise<Article | undefined> {
  return (
    bundledArticles.find((a) => a.textSha256 === textSha256) ??
    (await db.articles.where("textSha256").equals(textSha256).first())
  );
}
