import { countWords } from "./text";
import type { Article } from "./types";

/** What the library lists of an article: everything but its text, and the words it has. */
export interface ArticleSummary {
  id: string;
  title: string;
  source: string;
  /** Tells whether the summary is of the article's text as it is now. */
  textSha256: string;
  words: number;
}

export function summaryOf(article: Article): ArticleSummary {
  return {
    id: article.id,
    title: article.title,
    source: article.source,
    textSha256: article.textSha256,
    words: countWords(article.text),
  };
}

/** The library's order: the bundled articles as they ship, then the imported ones by title. */
export function inLibraryOrder<T extends { title: string }>(
  bundled: readonly T[],
  imported: readonly T[],
): T[] {
  return [...bundled, ...[...imported].sort((a, b) => a.title.localeCompare(b.title))];
}
