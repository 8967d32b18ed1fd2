import { type Utf16Range, utf16 } from "../text";

/**
 * The tokens of a stretch of text for the suggestion engine: words (with their apostrophes and
 * hyphens, "Clinton’s", "so-called") and single marks of punctuation, each with its place in the text.
 */
export interface Token extends Utf16Range {
  text: string;
  /** Lower case, for looking words up. */
  lower: string;
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}’'.-]*[\p{L}\p{N}])?|[^\s\p{L}\p{N}]/gu;

export function tokensOf(text: string, range: Utf16Range): Token[] {
  const slice = text.slice(range.start, range.end);
  const tokens: Token[] = [];
  for (const match of slice.matchAll(TOKEN)) {
    const start = range.start + (match.index ?? 0);
    const t = match[0];
    tokens.push({
      start: utf16(start),
      end: utf16(start + t.length),
      text: t,
      lower: t.toLowerCase(),
      word: /^[\p{L}\p{N}]/u.test(t),
    });
  }
  return tokens;
}

// Words between a subject and its verb that are part of neither, and that the cue model skips to
// reach the verb of a cue ("has said", "would not") ("has also said", "would not").
export const AUXILIARY = new Set([
  "has",
  "have",
  "had",
  "also",
  "later",
  "then",
  "previously",
  "once",
  "repeatedly",
  "would",
  "will",
  "could",
  "can",
  "may",
  "might",
  "should",
  "must",
  "did",
  "does",
  "do",
  "not",
  "never",
  "is",
  "was",
  "are",
  "were",
  "been",
  "be",
  "still",
  "already",
  "again",
  "just",
  "even",
  "often",
  "recently",
  "n’t",
  "n't",
  "reportedly",
  "publicly",
  "privately",
  "first",
  "last",
  "simply",
  "himself",
  "herself",
]);
