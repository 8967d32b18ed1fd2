import { CONTEXT_CODE_POINTS, type TextSpan } from "./anchor";

/**
 * Ranking the places where a quote may be now, and choosing one or none, as in the Hypothesis client's
 * match-quote: each candidate is scored by how well its text matches the quote, the text before and
 * after it matches the prefix and suffix, and its start lies near the quote's old start. Pure: offsets
 * are UTF-16 units of the new text, as the matcher gives them.
 *
 * The figures below are what changed when one setting was moved and the rest kept, over 6,000 random
 * edits each (as in the property test) of spans of the seed articles: as they are, with a verbatim
 * copy inserted a paragraph or more away, below another article's opening inserted at the start, and
 * of 1 to 11 characters.
 */

/** A place the quote may be now: UTF-16 offsets into the new text, and the edits the quote needs there. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** How well a candidate agrees with each part of the selector, from 0 (not at all) to 1 (exactly). */
export interface Fit {
  quote: number;
  prefix: number;
  suffix: number;
  position: number;
}

export interface RankedCandidate extends Candidate {
  fit: Fit;
  /** The weighted fit, out of MAX_SCORE. */
  score: number;
  /** UTF-16 units between the candidate's start and where the quote started. */
  drift: number;
}

/**
 * The quote counts most: it is what was annotated. Higher, and an exact copy of a short quote in the
 * wrong context wins over the edited original (at 70, six times as many short spans misplaced without
 * review); lower, and edited quotes fall below MIN_CONFIDENCE (at 30, two fifths more orphans among
 * spans with text inserted above them or a copy elsewhere).
 */
export const QUOTE_WEIGHT = 50;
/**
 * The context tells copies of a repeated quote apart and gives a short quote (one word, found hundreds
 * of times) its only evidence. Prefix and suffix weigh the same: an edit is as likely on either side.
 * Higher, and an edit next to a quote costs more than an edit in it (at 30 each, a sixth more
 * orphans); lower, and the many places of a short quote can no longer be told apart (at 10 each, ten
 * times as many short spans misplaced without review).
 */
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
/**
 * Nearness to the old start, counted only within POSITION_RANGE: it tells apart copies of a repeated
 * sentence (a headline repeated under a photo) whose context was edited. Hypothesis gives it 2 over the
 * whole text, a tie-breaker only. Higher, and every edited span below an insertion loses more than its
 * edits cost (at 20, half again as many orphans after text is inserted above); lower, and copies
 * elsewhere win more often (at 2, three times as many placements to check that are copies).
 */
const POSITION_WEIGHT = 10;
export const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;
/**
 * UTF-16 units from the old start at which the position score reaches 0: a few paragraphs. Wider, and
 * copies a few paragraphs away get a say too (at 1024, twice as many placements to check that are
 * copies); narrower, and a sentence that also occurs elsewhere cannot be told from its copy once text
 * moved it a little (at 64, three times as many orphans among spans with a copy elsewhere).
 */
export const POSITION_RANGE = 256;
/**
 * UTF-16 units from the old start within which a placement counts as where the quote was; further
 * away it is shown for review, and the shortcuts that trust an exact quote do not apply. Larger, and an
 * exact copy a few lines away is taken for the edited original without review (at 256, dozens of
 * silent misplacements); smaller, and every span below an insertion is handed to the user to check
 * (at 16, all of them).
 */
export const NEAR_OLD_PLACE = 64;
/**
 * Below this share of MAX_SCORE a candidate is not trusted and the span is kept as an orphan. Lower,
 * and wrong places are taken for edited quotes (at 0.75, three quarters of the orphans are placed,
 * but short spans are misplaced without review fifteen times as often); higher, and edited spans are
 * given up (at 0.95, four times as many orphans).
 */
export const MIN_CONFIDENCE = 0.85;
/**
 * Two different places whose scores differ by less than this are a guess either way. Half the position
 * weight: position alone decides between two copies that fit equally well only when one is at least
 * half of POSITION_RANGE nearer the old start than the other. Larger, and such copies are refused
 * though one is clearly where the quote was; smaller, and a few units of position pick a copy (at 0,
 * more short spans misplaced without review, and more copies offered for review).
 */
export const AMBIGUITY_MARGIN = POSITION_WEIGHT / 2;
/**
 * A quote found verbatim once, near where it was, with one side of its context at least this similar
 * (at most 6 of 32 code points changed) is placed even when the other side was rewritten (text
 * inserted at the start of the article) and its score falls below MIN_CONFIDENCE. Lower, and a unique
 * phrase whose surroundings were both largely rewritten is taken for the span (none in the property
 * tests, where 0.5 places a few more); higher (above 1, never), and such spans are orphaned (7% more
 * orphans after random edits).
 */
const UNIQUE_QUOTE_CONTEXT = 0.8;

/** The weighted sum of a candidate's fit, out of MAX_SCORE. */
function scoreOf(fit: Fit): number {
  return (
    QUOTE_WEIGHT * fit.quote +
    PREFIX_WEIGHT * fit.prefix +
    SUFFIX_WEIGHT * fit.suffix +
    POSITION_WEIGHT * fit.position
  );
}

/**
 * The candidates scored against the selector, best first. `hint` is the UTF-16 offset in `text` of
 * the quote's old start. Context is compared by code points, as the selector holds it.
 */
export function rankCandidates(
  text: string,
  selector: Pick<TextSpan, "exact" | "prefix" | "suffix">,
  hint: number,
  candidates: readonly Candidate[],
): RankedCandidate[] {
  const prefix = Array.from(selector.prefix);
  const suffix = Array.from(selector.suffix);
  return candidates
    .map((c) => {
      const drift = Math.abs(c.start - hint);
      const fit: Fit = {
        quote: 1 - c.errors / selector.exact.length,
        prefix: contextSimilarity(codePointsBefore(text, c.start), prefix),
        suffix: contextSimilarity(codePointsAfter(text, c.end), suffix),
        position: Math.max(0, 1 - drift / POSITION_RANGE),
      };
      return { ...c, fit, score: scoreOf(fit), drift };
    })
    .sort((a, b) => b.score - a.score);
}

/** The candidate to place the quote at, from candidates ranked best first, or why there is none. */
export function chooseCandidate(
  ranked: readonly RankedCandidate[],
): { ok: true; best: RankedCandidate } | { ok: false; reason: string } {
  const best = ranked[0];
  if (!best) return { ok: false, reason: "its text is no longer in the article" };
  // A quote found verbatim once, near where it was and with one side of its context intact, is strong
  // evidence even if the other side was edited (text inserted at the start of the article).
  const uniqueExact =
    best.errors === 0 &&
    ranked.filter((c) => c.errors === 0).length === 1 &&
    best.drift <= NEAR_OLD_PLACE &&
    Math.max(best.fit.prefix, best.fit.suffix) >= UNIQUE_QUOTE_CONTEXT;
  if (!uniqueExact && best.score < MIN_CONFIDENCE * MAX_SCORE) {
    return { ok: false, reason: "no place in the article matches it well enough" };
  }
  // Two places that fit almost equally well (a repeated sentence whose context changed) are a guess.
  const rival = ranked.find((c) => !samePlace(best, c));
  if (rival && best.score - rival.score < AMBIGUITY_MARGIN) {
    return { ok: false, reason: "it fits more than one place equally well" };
  }
  return { ok: true, best };
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
