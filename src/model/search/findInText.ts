import type { Utf16Range } from "../text";
import { type FoldedText, foldQuery } from "./fold";

/**
 * More matches than anyone steps through one by one; past this the count reads "10,000+" and the rest
 * are not drawn, which keeps a one-letter query on a 1 MB text to a few milliseconds.
 */
export const MAX_MATCHES = 10_000;

/**
 * Every place `query` occurs in a folded text (see fold.ts: case, accents, quotes and spacing aside), in
 * text order and not overlapping, as ranges of the original text; at most `limit`. An empty query, or
 * one of spaces only, finds nothing.
 */
export function findAll(folded: FoldedText, query: string, limit = MAX_MATCHES): Utf16Range[] {
  const needle = foldQuery(query);
  if (needle === "") return [];
  const ranges: Utf16Range[] = [];
  for (let at = folded.text.indexOf(needle); at !== -1 && ranges.length < limit; ) {
    ranges.push(folded.sourceRange(at, at + needle.length));
    at = folded.text.indexOf(needle, at + needle.length);
  }
  return ranges;
}

/** Index of the first range that starts at or after `offset`, or 0 when none does (finding wraps around). */
export function firstMatchFrom(ranges: readonly Utf16Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ranges[mid] as Utf16Range).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length ? lo : 0;
}
