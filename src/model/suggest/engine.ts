import { findAttribution } from "../findAttribution";
import type { Utf16Range } from "../text";
import type { QuoteKind } from "../types";
import { quotedSpans, wordCount } from "./directQuotes";
import { introduction, LEARNED_VERBS } from "./introduction";
import { reportedInSentence } from "./reportedByModel";
import { sentencesOf } from "./sentences";
import { speakersOf } from "./speakers";

/**
 * The suggestion engine: the attributions a text most likely holds, each with its content (in
 * fragments), its cue and source when found, its kind and a confidence. Pure, no DOM: the same code
 * runs in the app's worker and in Node for `npm run suggest`. Offsets are UTF-16; callers convert.
 */
export interface Suggestion {
  fragments: Utf16Range[];
  cue?: Utf16Range;
  source?: Utf16Range;
  kind: QuoteKind;
  /** 0–1: how sure the engine is, for "accept all above". */
  confidence: number;
  /** The person it is said by: the source's name, or for "she" or "the senator" the one named before. */
  speaker?: string;
}

/** A quotation shorter than this (in words) is a partial quote ("a “partner”"), not a quote of its own. */
const MIN_QUOTE_WORDS = 4;
/** The most text (UTF-16 units) between two quotations of one attribution. */
const MAX_GAP = 300;
/** Words of the writer's own before a quotation that make it part of reported speech (mixed). */
const MIN_LEAD_WORDS = 2;

export function suggestAttributions(text: string): Suggestion[] {
  const reported = sentencesOf(text).flatMap((sentence) => reportedInSentence(text, sentence));
  // A quotation inside reported speech that begins in the writer's words ("said the deal was “a
  // partner for the region”") is part of that reported speech, which is mixed, not a quote of its own.
  const insideReported = (s: Suggestion) =>
    reported.some((r) => {
      const first = s.fragments[0];
      const last = s.fragments[s.fragments.length - 1];
      return (
        first &&
        last &&
        r.content.start <= first.start &&
        last.end <= r.content.end + 2 &&
        wordCount(text.slice(r.content.start, first.start)) >= MIN_LEAD_WORDS
      );
    });
  const direct = directSuggestions(text).filter((s) => !insideReported(s));
  const covered = (range: Utf16Range) =>
    direct.some((s) =>
      s.fragments.some(
        (f) =>
          f.start < range.end &&
          range.start < f.end &&
          wordCount(text.slice(Math.max(f.start, range.start), Math.min(f.end, range.end))) >=
            MIN_QUOTE_WORDS,
      ),
    );
  const suggestions: Suggestion[] = [
    ...direct,
    ...reported
      .filter((r) => !covered(r.content))
      .map(
        (r): Suggestion => ({
          fragments: [r.content],
          cue: r.cue,
          source: r.source,
          kind: /[“”"]/u.test(text.slice(r.content.start, r.content.end)) ? "mixed" : "indirect",
          confidence: r.confidence,
        }),
      ),
  ];
  const kept = oneAtEachPlace(suggestions).sort(
    (a, b) => (a.fragments[0]?.start ?? 0) - (b.fragments[0]?.start ?? 0),
  );
  const speakers = speakersOf(kept.map((k) => k.source && text.slice(k.source.start, k.source.end)));
  return kept.map((k, i) => {
    const speaker = speakers[i];
    return speaker ? { ...k, speaker } : k;
  });
}

/**
 * Of suggestions that overlap, the surest: a reader reviews one ghost at each place, and accepting it
 * would hide the others anyway (they overlap the user's content then). Nested attributions ("X said Y
 * believes Z") lose their inner one; on PolNeAR's training split this still raises F1 (0.620 → 0.629),
 * as the overlapping ones are more often wrong than nested.
 */
function oneAtEachPlace(suggestions: readonly Suggestion[]): Suggestion[] {
  const kept: Suggestion[] = [];
  // The kept fragments never overlap one another, so sorted by start they are sorted by end too, and
  // whether a range overlaps any of them is one binary search (a 1 MB text has thousands).
  const taken: Utf16Range[] = [];
  const firstEndingAfter = (at: number) => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((taken[mid] as Utf16Range).end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const free = (f: Utf16Range) => {
    const next = taken[firstEndingAfter(f.start)];
    return !next || next.start >= f.end;
  };
  for (const s of [...suggestions].sort((a, b) => b.confidence - a.confidence)) {
    if (!s.fragments.every(free)) continue;
    kept.push(s);
    for (const f of s.fragments) taken.splice(firstEndingAfter(f.start), 0, f);
  }
  return kept;
}

// Small words a title leaves in lower case.
const TITLE_SMALL_WORDS = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "of",
  "in",
  "on",
  "for",
  "to",
  "with",
  "at",
  "by",
  "from",
]);

/** Whether every word of a quotation but the small ones opens with a capital: a title's case. */
function isTitle(quotation: string): boolean {
  const words = quotation.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

/**
 * Whether the quotation `next` goes on with the one before (`last`, attributed by `attribution`): no
 * new attribution of its own, and between them at most the rest of one sentence ("“A,” Graham told CBS
 * News on Tuesday, when … “B.”"), maybe ending its paragraph when the next one opens with the quotation.
 */
function continues(
  text: string,
  last: Utf16Range,
  next: Utf16Range,
  attribution: ReturnType<typeof findAttribution>,
): boolean {
  const own = findAttribution(text, next, LEARNED_VERBS);
  if (own && !(attribution && own.cue.start === attribution.cue.start)) return false;
  const gap = text.slice(last.end, next.start);
  if (gap.length > MAX_GAP) return false;
  // Sentence ends inside the gap (one right before the next quotation has nothing after it here).
  const ends = gap.replace(/^[\s”"’.,!?]+/u, "").match(/[.!?][”"’)]*\s+(?=\S)/gu)?.length ?? 0;
  const paragraphs = gap.match(/\n+/gu)?.length ?? 0;
  // Across a paragraph break only when the next paragraph opens with the quotation.
  if (paragraphs > 1 || (paragraphs === 1 && !/\n\s*$/u.test(gap))) return false;
  return ends === 0;
}

/**
 * Quotations of a few words or more, with their cue and source when they touch them; a quotation split
 * by its attribution ("“We will win,” he said, “and soon.”") is one suggestion in two fragments.
 */
function directSuggestions(text: string): Suggestion[] {
  const quotes = quotedSpans(text).filter((q) => wordCount(text.slice(q.start, q.end)) >= MIN_QUOTE_WORDS);
  const suggestions: Suggestion[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const first = quotes[i] as Utf16Range;
    const fragments = [first];
    let attribution = findAttribution(text, first, LEARNED_VERBS);
    // The quotations that follow with nothing but the attribution between them are the same speaker's,
    // one attribution in several fragments, as quote corpora annotate them: "“A,” she said. “B.”", and
    // a paragraph that is only a quotation after one ("“B.”⏎⏎“C.”").
    for (let next = quotes[i + 1]; next; next = quotes[i + 1]) {
      const last = fragments[fragments.length - 1] as Utf16Range;
      if (!continues(text, last, next, attribution)) break;
      fragments.push(next);
      i++;
    }
    const last = fragments[fragments.length - 1] as Utf16Range;
    attribution ??= findAttribution(text, { start: first.start, end: last.end }, LEARNED_VERBS);
    const parts = attribution ?? introduction(text, first.start);
    // A title in quotation marks (“Meet the Press”, “The Nightly Show”) that nobody is said to say.
    if (!parts && fragments.length === 1 && isTitle(text.slice(first.start, first.end))) continue;
    suggestions.push({
      fragments,
      ...(parts ? { cue: parts.cue, source: parts.source } : {}),
      kind: "direct",
      confidence: attribution ? 0.9 : parts ? 0.8 : 0.6,
    });
  }
  return suggestions;
}
