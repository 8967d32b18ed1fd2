import type { Article } from "./types";

/**
 * Which articles of the library an article of an annotation file most likely is another version of:
 * the same story as another outlet ran it, or re-saved with a correction. Compared by the words of the
 * text (runs of three, so that shared stock phrases count for little) and of the title.
 */

export interface ArticleMatch {
  articleId: string;
  /** 0 (nothing in common) to 1 (the same words). */
  similarity: number;
}

/** Words of a text beyond this many add little to telling stories apart, and cost time on long ones. */
const WORDS_COMPARED = 3000;
/** The title says less than the text: a story keeps its text when an outlet rewrites the headline. */
const TITLE_SHARE = 0.2;

function words(text: string, limit = Number.POSITIVE_INFINITY): string[] {
  const found: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    found.push(match[0]);
    if (found.length >= limit) break;
  }
  return found;
}

function shingles(text: string): Set<string> {
  const list = words(text, WORDS_COMPARED);
  const set = new Set<string>();
  for (let i = 0; i + 2 < list.length; i++) set.add(`${list[i]} ${list[i + 1]} ${list[i + 2]}`);
  // A text of one or two words is its own shingle.
  if (set.size === 0 && list.length > 0) set.add(list.join(" "));
  return set;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const item of small) if (large.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** How alike two articles are, from 0 to 1. */
export function articleSimilarity(
  a: Pick<Article, "title" | "text">,
  b: Pick<Article, "title" | "text">,
): number {
  const text = jaccard(shingles(a.text), shingles(b.text));
  const title = jaccard(new Set(words(a.title)), new Set(words(b.title)));
  return (1 - TITLE_SHARE) * text + TITLE_SHARE * title;
}

/** The library's articles ranked by how alike they are to `article`, most alike first. */
export function closestArticles(
  article: Pick<Article, "title" | "text">,
  library: readonly Article[],
  limit = 10,
): ArticleMatch[] {
  const own = { text: shingles(article.text), title: new Set(words(article.title)) };
  return library
    .map((candidate) => ({
      articleId: candidate.id,
      similarity:
        (1 - TITLE_SHARE) * jaccard(own.text, shingles(candidate.text)) +
        TITLE_SHARE * jaccard(own.title, new Set(words(candidate.title))),
    }))
    .sort((x, y) => y.similarity - x.similarity)
    .slice(0, limit);
}

/** A match this close is proposed as the article to apply the annotations to; below it, a new article. */
export const PROPOSED_SIMILARITY = 0.5;
