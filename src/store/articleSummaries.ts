import { type ArticleSummary, inLibraryOrder, summaryOf } from "../model/articleSummary";
import { bundledArticles } from "./bundledArticles";
import type { AnnotatorDatabase } from "./schema";

let bundled: ArticleSummary[] | null = null;

/** The bundled articles' summaries, made once. */
export function bundledSummaries(): ArticleSummary[] {
  bundled ??= bundledArticles.map(summaryOf);
  return bundled;
}

/**
 * The library as a list of summaries, in the library's order, read without any article's text. An
 * imported article whose summary is not written yet (just imported) is missing until
 * `refreshSummaries` has run.
 */
export async function librarySummaries(db: AnnotatorDatabase): Promise<ArticleSummary[]> {
  return inLibraryOrder(bundledSummaries(), await db.articleSummaries.toArray());
}

/**
 * Brings the summaries up to date with the imported articles: writes those missing or made of another
 * text, removes those of deleted articles. Reads only the texts of the articles it summarises; returns
 * how many summaries it wrote or removed.
 */
export async function refreshSummaries(db: AnnotatorDatabase): Promise<number> {
  return db.transaction("rw", db.articles, db.articleSummaries, async () => {
    const texts = new Map<string, string>();
    await db.articles.orderBy("textSha256").eachKey((sha, cursor) => {
      texts.set(String(cursor.primaryKey), String(sha));
    });
    const known = new Map((await db.articleSummaries.toArray()).map((s) => [s.id, s.textSha256]));
    const stale = [...texts].filter(([id, sha]) => known.get(id) !== sha).map(([id]) => id);
    const gone = [...known.keys()].filter((id) => !texts.has(id));
    if (stale.length) {
      const articles = (await db.articles.bulkGet(stale)).filter((a) => a !== undefined);
      await db.articleSummaries.bulkPut(articles.map(summaryOf));
    }
    if (gone.length) await db.articleSummaries.bulkDelete(gone);
    return stale.length + gone.length;
  });
}
