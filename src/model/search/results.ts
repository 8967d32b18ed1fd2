import { type CodePointSpan, type TextOffsets, textOffsets } from "../text";
import { documentKey } from "./documents";
import type { HitKind, RankedHits } from "./hits";
import type { SearchIndex } from "./searchIndex";
import { type Snippet, snippetOf } from "./snippet";

/** One hit of the library search as the results list shows it and opens it. */
export interface SearchResultItem {
  kind: HitKind;
  /** The article it opens; null for a speaker with no annotations yet. */
  articleId: string | null;
  articleTitle: string | null;
  /** The annotation it opens at (a note, an annotation's words, one of a speaker's annotations). */
  annotationId: string | null;
  speakerId: string | null;
  /** The hit in its context, marked: in the text, title, note, annotation, or speaker's name. */
  snippet: Snippet;
  /** A text hit's place in the article, in code points, as the reader's address takes it. */
  at: CodePointSpan | null;
  /** A speaker hit: the words of the annotation it opens. */
  quote: string | null;
  /** Text hits: places of the article's text that match. Speaker hits: the speaker's annotations. */
  count: number;
}

export interface SearchResults {
  query: string;
  items: SearchResultItem[];
  /** Every place the query occurs, listed or not. */
  total: number;
  /** Articles with a match in their title, text, annotations or notes. */
  articles: number;
}

/**
 * The hits as items to list, with their snippets. `textOf` gives an article's text for hits in it
 * (the index keeps titles, notes and names, but not the texts, which the library holds).
 */
export function resultItems(
  index: SearchIndex,
  query: string,
  ranked: RankedHits,
  textOf: (articleId: string) => string | undefined,
): SearchResults {
  const offsets = new Map<string, TextOffsets>();
  const offsetsOf = (articleId: string, text: string) => {
    const found = offsets.get(articleId) ?? textOffsets(text);
    offsets.set(articleId, found);
    return found;
  };
  const items = ranked.hits.map((hit): SearchResultItem => {
    const article = hit.articleId ? index.get(documentKey("article", hit.articleId)) : undefined;
    const annotation = hit.annotationId ? index.get(documentKey("annotation", hit.annotationId)) : undefined;
    const text =
      hit.kind === "text" ? (hit.articleId ? textOf(hit.articleId) : undefined) : hit.match.field.text;
    return {
      kind: hit.kind,
      articleId: hit.articleId,
      articleTitle: article?.fields[0]?.text ?? null,
      annotationId: hit.annotationId,
      speakerId: hit.speakerId,
      snippet: snippetOf(text ?? "", hit.range),
      at:
        hit.kind === "text" && hit.articleId && text !== undefined
          ? offsetsOf(hit.articleId, text).toCodePointSpan(hit.range)
          : null,
      quote: hit.kind === "speaker" ? (annotation?.fields[0]?.text ?? null) : null,
      count: hit.count,
    };
  });
  return { query, items, total: ranked.total, articles: ranked.articles };
}
