import type { Utf16Range } from "../text";

/** A hit in a few words of its context, for a list of results: `match` is what is marked. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/**
 * The text around `range` on one line: about `radius` characters on each side, cut between words and
 * marked "…" where cut, every run of white space (line breaks too) as one space. A long match is cut
 * in the middle the same way.
 */
export function snippetOf(text: string, range: Utf16Range, radius = 60): Snippet {
  const from = Math.max(0, range.start - radius);
  const to = Math.min(text.length, range.end + radius);
  let before = text.slice(from, range.start);
  let after = text.slice(range.end, to);
  if (from > 0) before = `…${before.replace(/^[\uDC00-\uDFFF]?\S*\s+/u, "").trimStart()}`;
  if (to < text.length) after = `${after.replace(/\s+\S*[\uD800-\uDBFF]?$/u, "").trimEnd()}…`;
  let match = text.slice(range.start, range.end);
  if (match.length > 4 * radius) {
    const head = match.slice(0, 2 * radius).replace(/\s+\S*$/u, "");
    const tail = match.slice(-2 * radius).replace(/^\S*\s+/u, "");
    match = `${head} … ${tail}`;
  }
  return { before: oneLine(before).trimStart(), match: oneLine(match), after: oneLine(after).trimEnd() };
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, " ");
}
