import search from "approx-string-match";
import { CONTEXT_CODE_POINTS, type TextSpan } from "./anchor";
import {
  type Candidate,
  chooseCandidate,
  MAX_SCORE,
  MIN_CONFIDENCE,
  NEAR_OLD_PLACE,
  QUOTE_WEIGHT,
  rankCandidates,
} from "./reanchorRanking";
import { type CodePoint, codePoint, textOffsets, utf16 } from "./text";

/**
 * Placing an annotation again in a text that changed since it was made, modelled on the Hypothesis
 * client's match-quote: the quote with its whole context first, then exact matches of the quote, then
 * approximate ones (Myers' algorithm), each candidate scored by how well the quote, its prefix, its
 * suffix and its old position agree (reanchorRanking.ts).
 * A span that cannot be placed with confidence is an orphan: kept and listed, never moved to a guess.
 * Offsets in and out are code points; matching runs on UTF-16 strings and converts at the edges.
 */

export type ReanchorResult =
  | {
      ok: true;
      start: CodePoint;
      end: CodePoint;
      exact: string;
      exactMatch: boolean;
      /**
       * Placed, but not beyond doubt: the quote changed, or it was found far from where it was (the
       * text around it may have grown, or this is a copy of a repeated sentence). The user is shown these.
       */
      review: boolean;
    }
  | { ok: false; reason: string };

/**
 * An exact match scoring at least this share of MAX_SCORE near the old start settles it without the
 * search for near matches, which reads the whole text once more. Lower, and an exact copy next to the
 * old place is taken without looking for the edited original whose context fits better; higher, and
 * the search runs for nearly every span whose context changed at all. Mainly a speed setting: never
 * searching and always searching placed all but a few in ten thousand spans alike in the property
 * tests.
 */
const TRUSTED_EXACT = 0.95;
/**
 * The most errors per quote character worth searching for: with any more, a candidate stays below
 * MIN_CONFIDENCE even with its context and position perfect (Hypothesis, which has no threshold,
 * allows half). So not a setting of its own.
 */
const MAX_QUOTE_ERROR_RATE = ((1 - MIN_CONFIDENCE) * MAX_SCORE) / QUOTE_WEIGHT;
/**
 * The cap on errors of a long quote (Hypothesis's): the matcher's work grows with the error budget, and
 * a paragraph-long quote with hundreds of errors is a rewrite, not an edit.
 */
const MAX_QUOTE_ERRORS = 256;
/**
 * UTF-16 units around the old place (besides the quote's length, which an edit may have grown) that
 * are searched on their own for near matches: two context windows of plain text. Without it (0), the
 * edited original of a sentence that also occurs verbatim elsewhere is not found (three times as many
 * orphans among spans with a copy elsewhere); wider found no more in the property tests and costs time.
 */
const NEIGHBOURHOOD = 2 * CONTEXT_CODE_POINTS;

export function reanchor(text: string, selector: TextSpan): ReanchorResult {
  const { exact } = selector;
  if (!exact) return { ok: false, reason: "the annotation has no text to look for" };
  const offsets = textOffsets(text);
  const hint = offsets.toUtf16(codePoint(Math.min(selector.start, offsets.length)));
  const place = (c: Candidate, review: boolean): ReanchorResult => ({
    ok: true,
    start: offsets.toCodePoint(utf16(c.start)),
    end: offsets.toCodePoint(utf16(c.end)),
    exact: text.slice(c.start, c.end),
    exactMatch: c.errors === 0,
    review,
  });

  // The quote with its whole context, found once, is where it was: nothing else can match it as well,
  // and nothing around it changed, however far text added above it moved it. Nothing to check.
  const inContext = withWholeContext(text, selector);
  if (inContext !== null) return place({ start: inContext, end: inContext + exact.length, errors: 0 }, false);

  const exactCandidates: Candidate[] = [];
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    exactCandidates.push({ start: i, end: i + exact.length, errors: 0 });
  }
  // An exact match in the right context, where the quote was, settles it; otherwise the quote may have
  // been edited in place, and a near match there can beat an exact copy elsewhere (a repeated headline).
  let ranked = rankCandidates(text, selector, hint, exactCandidates);
  const top = ranked[0];
  if (!top || top.score < TRUSTED_EXACT * MAX_SCORE || top.drift > NEAR_OLD_PLACE) {
    const near = nearMatches(text, exact, hint, exactCandidates);
    ranked = rankCandidates(text, selector, hint, dedupe([...exactCandidates, ...near]));
  }
  const choice = chooseCandidate(ranked);
  if (!choice.ok) return choice;
  // Here the quote or its context changed (or the same words in the same context occur more than
  // once): an edited quote is worth a look, and so is one that also moved away from its old place.
  const { best } = choice;
  return place(best, best.errors > 0 || best.drift > NEAR_OLD_PLACE);
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
 * Approximate matches of the quote, with at most MAX_QUOTE_ERROR_RATE errors per character: the best
 * of the whole text, and the best of the old neighbourhood with the exact copies blanked out. The
 * matcher reports only the matches with the fewest errors, so an exact copy elsewhere would hide a near
 * match where the quote used to be.
 */
function nearMatches(
  text: string,
  exact: string,
  hint: number,
  exactCopies: readonly Candidate[],
): Candidate[] {
  const maxErrors = Math.min(MAX_QUOTE_ERRORS, Math.floor(exact.length * MAX_QUOTE_ERROR_RATE));
  if (maxErrors === 0) return [];
  const from = Math.max(0, hint - exact.length - NEIGHBOURHOOD);
  let region = text.slice(from, hint + exact.length * 2 + NEIGHBOURHOOD);
  // Blanked with the same length, so offsets stay.
  for (const c of exactCopies) {
    const a = Math.max(0, c.start - from);
    const b = Math.min(region.length, c.end - from);
    if (a < b) region = region.slice(0, a) + "\u0000".repeat(b - a) + region.slice(b);
  }
  return [
    ...search(text, exact, maxErrors),
    ...search(region, exact, maxErrors).map((m) => ({ ...m, start: m.start + from, end: m.end + from })),
  ].map((m) => ({ start: m.start, end: m.end, errors: m.errors }));
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
