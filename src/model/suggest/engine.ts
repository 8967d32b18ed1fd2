import { findAttribution } from "../findAttribution";
import type { Utf16Range } from "../text";
import type { QuoteKind } from "../types";
import { quotedSpans, wordCount } from "./directQuotes";
import { introduction, LEARNED_VERBS, reportedSpeech } from "./reportedSpeech";
import { sentencesOf } from "./sentences";

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
}

/** A quotation shorter than this (in words) is a partial quote ("a “partner”"), not a quote of its own. */
const MIN_QUOTE_WORDS = 4;
/** Between two quotations of one attribution: punctuation, and up to four small words after its cue. */
const ATTRIBUTION_LEFTOVER = /^[\s,.;:—–-]*(?:\p{Ll}+[\s,.;:—–-]+){0,4}$/u;
/** Words of the writer's own before a quotation that make it part of reported speech (mixed). */
const MIN_LEAD_WORDS = 2;

export function suggestAttributions(text: string): Suggestion[] {
  const reported = sentencesOf(text).flatMap((sentence) => {
    const found = reportedSpeech(text, sentence);
    return found ? [found] : [];
  });
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
  return suggestions.sort((a, b) => (a.fragments[0]?.start ?? 0) - (b.fragments[0]?.start ?? 0));
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
      let gap = text.slice(last.end, next.start);
      if (attribution && attribution.cue.start >= last.end && attribution.source.end <= next.start) {
        const from = Math.min(attribution.cue.start, attribution.source.start) - last.end;
        const to = Math.max(attribution.cue.end, attribution.source.end) - last.end;
        gap = gap.slice(0, from) + gap.slice(to);
      }
      // What is left may be a few words that end the attribution ("said of the story.").
      if (
        !ATTRIBUTION_LEFTOVER.test(gap) ||
        (gap.includes("\n") && findAttribution(text, next, LEARNED_VERBS))
      )
        break;
      fragments.push(next);
      i++;
    }
    const last = fragments[fragments.length - 1] as Utf16Range;
    attribution ??= findAttribution(text, { start: first.start, end: last.end }, LEARNED_VERBS);
    const parts = attribution ?? introduction(text, first.start);
    suggestions.push({
      fragments,
      ...(parts ? { cue: parts.cue, source: parts.source } : {}),
      kind: "direct",
      confidence: attribution ? 0.9 : parts ? 0.8 : 0.6,
    });
  }
  return suggestions;
}
