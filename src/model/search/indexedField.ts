import { foldText } from "./fold";

/** The searchable fields of the library's records. */
export type FieldName = "title" | "text" | "exact" | "note" | "name" | "alias";

/**
 * One field of a record as the search index holds it: its words, folded, and where each occurrence is
 * in the field's text, so that a hit can be shown and opened at its place.
 */
export interface IndexedField {
  name: FieldName;
  /** The field's text, for snippets; left out for an article's text, which the library holds already. */
  text?: string;
  /** The distinct words, folded, in order of first occurrence. */
  words: string[];
  /**
   * Three numbers per occurrence of a word, in text order: its index in `words`, its UTF-16 start and
   * end in the text. One typed array rather than an object per word: a 1,000-word article is one small
   * row in the database, and reading it back costs a copy, not thousands of objects.
   */
  tokens: Uint32Array;
}

/** A word as search sees it: letters and digits; folding (fold.ts) has already dropped the accents. */
const WORD = /[\p{L}\p{N}]+/gu;

export function indexField(name: FieldName, text: string, keepText: boolean): IndexedField {
  const folded = foldText(text);
  const words: string[] = [];
  const numbers = new Map<string, number>();
  const tokens: number[] = [];
  for (const match of folded.text.matchAll(WORD)) {
    const word = match[0];
    let n = numbers.get(word);
    if (n === undefined) {
      n = words.length;
      numbers.set(word, n);
      words.push(word);
    }
    const range = folded.sourceRange(match.index, match.index + word.length);
    tokens.push(n, range.start, range.end);
  }
  const field: IndexedField = { name, words, tokens: Uint32Array.from(tokens) };
  if (keepText) field.text = text;
  return field;
}

/** The words of a query, folded as the index holds them. */
export function queryWords(query: string): string[] {
  return foldText(query).text.match(WORD) ?? [];
}
