import search from "approx-string-match";
import { CONTEXT_CODE_POINTS, type TextSpan } from "./anchor";
import { textOffsets } from "./text";

/**
 * Placing an annotation again in a text that changed since it was made, modelled on the Hypothesis
 * client's match-quote: the quote with its whole context first, then exact matches of the quote, then
 * approximate ones (Myers' algorithm), each candidate scored by how well the quote, its prefix, its
 * suffix and its old position agree.
 * A span that cannot be placed with confidence is an orphan: kept and listed, never moved to a guess.
 * Offsets in and out are code points; matching runs on UTF-16 strings and converts at the edges.
 */

export type ReanchorResult =
  | {
      ok: true;
      start: number;
      end: number;
      exact: string;
      exactMatch: boolean;
      /**
       * Placed, but not beyond doubt: the quote changed, or it was found far from where it was (the
       * text around it may have grown, or this is a copy of a repeated sentence). The user is shown these.
       */
      review: boolean;
    }
  | { ok: false; reason: string };

// Hypothesis's weights for the quote and its context; the old position counts for more than there
// (10 instead of 2) but only nearby: it tells apart copies of a repeated sentence (a headline repeated
// under a photo) whose context was edited, which otherwise looks like the wrong copy.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 10;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;
/** UTF-16 units around the old place searched on their own for near matches: two context windows. */
const NEIGHBOURHOOD = 2 * CONTEXT_CODE_POINTS;
/** A verbatim quote this long that occurs once is trusted with less context. */
const UNIQUE_QUOTE_LENGTH = 8;
const MIN_UNIQUE_CONFIDENCE = 0.6;
/** …with one side of its context still this similar… */
const UNIQUE_QUOTE_CONTEXT = 0.8;
/** …and within this many UTF-16 units of its old position. */
const UNIQUE_QUOTE_DRIFT = 64;
/** Within this many UTF-16 units of the old position a candidate earns position score. */
const POSITION_RANGE = 256;
/** An exact match scoring this share of the maximum needs no search for near matches. */
const TRUSTED_EXACT = 0.95;
/** Candidates closer than this in score are told apart by too little to trust either. */
const AMBIGUITY_MARGIN = 5;
/** Below this share of the best possible score a candidate is not trusted. */
const MIN_CONFIDENCE = 0.85;
/** The quote itself must be this close: at most one error per four characters (the score does the rest). */
const MAX_QUOTE_ERROR_RATE = 0.25;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

export function reanchor(text: string, selector: TextSpan): ReanchorResult {
  const { exact, prefix, suffix } = selector;
  if (!exact) return { ok: false, reason: "the annotation has no text to look for" };
  const offsets = textOffsets(text);
  const hint = offsets.toUtf16(Math.min(selector.start, offsets.length));

  // The quote with its whole context, found once, is where it was: nothing else can match it as well.
  const inContext = withWholeContext(text, selector);
  if (inContext !== null) {
    return {
      ok: true,
      start: offsets.toCodePoint(inContext),
      end: offsets.toCodePoint(inContext + exact.length),
      exact,
      exactMatch: true,
      review: Math.abs(inContext - hint) > UNIQUE_QUOTE_DRIFT,
    };
  }

  const exactCandidates: Candidate[] = [];
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    exactCandidates.push({ start: i, end: i + exact.length, errors: 0 });
  }
  const maxErrors = Math.min(256, Math.floor(exact.length * MAX_QUOTE_ERROR_RATE));
  // The matcher reports the best matches of the whole text only, so an exact copy elsewhere hides a
  // near match where the quote used to be: search the old neighbourhood on its own as well.
  const approximate = () => {
    if (maxErrors === 0) return [];
    const near = Math.max(0, hint - exact.length - NEIGHBOURHOOD);
    let region = text.slice(near, hint + exact.length * 2 + NEIGHBOURHOOD);
    // The matcher reports only the matches with the fewest errors, so an exact copy in the region would
    // hide the edited quote: blank the copies out (same length, so offsets stay) and search again.
    for (const c of exactCandidates) {
      const from = c.start - near;
      if (c.end > near && from < region.length) {
        const a = Math.max(0, from);
        const b = Math.min(region.length, c.end - near);
        region = region.slice(0, a) + "\u0000".repeat(b - a) + region.slice(b);
      }
    }
    return [
      ...search(text, exact, maxErrors),
      ...search(region, exact, maxErrors).map((m) => ({ ...m, start: m.start + near, end: m.end + near })),
    ].map((m) => ({ start: m.start, end: m.end, errors: m.errors }));
  };

  const prefixPoints = Array.from(prefix);
  const suffixPoints = Array.from(suffix);
  const score = (c: Candidate) => {
    const quoteScore = 1 - c.errors / exact.length;
    const prefixScore = contextSimilarity(codePointsBefore(text, c.start), prefixPoints);
    const suffixScore = contextSimilarity(codePointsAfter(text, c.end), suffixPoints);
    const positionScore = Math.max(0, 1 - Math.abs(c.start - hint) / POSITION_RANGE);
    const s =
      QUOTE_WEIGHT * quoteScore +
      PREFIX_WEIGHT * prefixScore +
      SUFFIX_WEIGHT * suffixScore +
      POSITION_WEIGHT * positionScore;
    return { c, s, context: Math.max(prefixScore, suffixScore), drift: Math.abs(c.start - hint) };
  };
  const rank = (list: Candidate[]) => list.map(score).sort((a, b) => b.s - a.s);
  // An exact match in the right context, where the quote was, settles it; otherwise the quote may have
  // been edited in place, and a near match there can beat an exact copy elsewhere (a repeated headline).
  let ranked = rank(exactCandidates);
  const top = ranked[0];
  if (!top || top.s < TRUSTED_EXACT * MAX_SCORE || top.drift > UNIQUE_QUOTE_DRIFT) {
    ranked = rank(dedupe([...exactCandidates, ...approximate()]));
  }
  if (ranked.length === 0) return { ok: false, reason: "its text is no longer in the article" };
  const best = ranked[0];
  if (!best) return { ok: false, reason: "its text is no longer in the article" };
  const confidence = best.s / MAX_SCORE;
  // A quote found verbatim once, near where it was and with one side of its context intact, is strong
  // evidence even if the other side was edited (text inserted at the start of the article).
  const uniqueExact =
    exactCandidates.length === 1 &&
    best.c.errors === 0 &&
    exact.length >= UNIQUE_QUOTE_LENGTH &&
    best.drift <= UNIQUE_QUOTE_DRIFT &&
    best.context >= UNIQUE_QUOTE_CONTEXT;
  if (confidence < (uniqueExact ? MIN_UNIQUE_CONFIDENCE : MIN_CONFIDENCE)) {
    return { ok: false, reason: "no place in the article matches it well enough" };
  }
  // Two places that fit almost equally well (a repeated sentence whose context changed) are a guess
  // either way: the old position alone (worth at most POSITION_WEIGHT) must not decide. Other readings
  // of the best place are no rival.
  const rival = ranked.find((r) => !samePlace(best.c, r.c));
  if (rival && best.s - rival.s < AMBIGUITY_MARGIN) {
    return { ok: false, reason: "it fits more than one place equally well" };
  }
  const { start, end } = best.c;
  return {
    ok: true,
    start: offsets.toCodePoint(start),
    end: offsets.toCodePoint(end),
    exact: text.slice(start, end),
    exactMatch: best.c.errors === 0,
    review: best.c.errors > 0 || best.drift > UNIQUE_QUOTE_DRIFT,
  };
}

/**
 * Where the quote starts if the text holds it once with its prefix and suffix verbatim, else null. A
 * context shorter than usual was cut by the start or end of the text, and must be so again.
 */
function withWholeContext(text: string, { exact, prefix, suffix }: TextSpan): number | null {
  const needle = prefix + exact + suffix;
  const atStart = Array.from(prefix).length < CONTEXT_CODE_POINTS;
  const atEnd = Array.from(suffix).length < CONTEXT_CODE_POINTS;
  let at: number | null;
  if (atStart) at = text.startsWith(needle) && (!atEnd || text.length === needle.length) ? 0 : null;
  else if (atEnd) at = text.endsWith(needle) ? text.length - needle.length : null;
  else {
    const first = text.indexOf(needle);
    at = first >= 0 && text.indexOf(needle, first + 1) < 0 ? first : null;
  }
  return at === null ? null : at + prefix.length;
}

/**
 * Two readings of one place rather than two places: near matches a character or two longer or shorter
 * than each other (the matcher reports every end with the fewest errors: "yoou" matches "you" as "yo",
 * "yoo" and "yoou"), whose starts and ends differ by no more than the edits the two need together. Two
 * exact matches are never the same place.
 */
function samePlace(a: Candidate, b: Candidate): boolean {
  const slack = a.errors + b.errors;
  return Math.abs(a.start - b.start) <= slack && Math.abs(a.end - b.end) <= slack;
}

/** The CONTEXT_CODE_POINTS code points of `text` before UTF-16 offset `end`, or fewer at its start. */
function codePointsBefore(text: string, end: number): string[] {
  // Twice as many units as code points covers a window of astral characters (emoji) too.
  return Array.from(text.slice(Math.max(0, end - 2 * CONTEXT_CODE_POINTS), end)).slice(-CONTEXT_CODE_POINTS);
}

/** The CONTEXT_CODE_POINTS code points of `text` from UTF-16 offset `start`, or fewer at its end. */
function codePointsAfter(text: string, start: number): string[] {
  return Array.from(text.slice(start, start + 2 * CONTEXT_CODE_POINTS)).slice(0, CONTEXT_CODE_POINTS);
}

/**
 * 1 for identical context, falling with the edit distance in code points. Both sides are windows
 * taken the same way, so a context cut short by the start or end of the text differs from a candidate
 * with more text there by that text, as by any other insertion.
 */
function contextSimilarity(actual: readonly string[], expected: readonly string[]): number {
  const length = Math.max(actual.length, expected.length);
  return length === 0 ? 1 : 1 - editDistance(actual, expected) / length;
}

/** Levenshtein distance between two sequences of code points; context is at most 32 of them. */
function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = `${c.start}:${c.end}`;
    const known = seen.get(key);
    if (!known || c.errors < known.errors) seen.set(key, c);
  }
  return [...seen.values()];
}
