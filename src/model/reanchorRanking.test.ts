import { describe, expect, it } from "vitest";
import { spanOf } from "./anchor";
import {
  AMBIGUITY_MARGIN,
  type Candidate,
  chooseCandidate,
  POSITION_RANGE,
  type RankedCandidate,
  rankCandidates,
} from "./reanchorRanking";
import { textOffsets, utf16Range } from "./text";

const QUOTE = "We will rebuild";
/** The sentence the quote was annotated in: more than 32 code points of context on each side. */
const ORIGINAL =
  "Sirens sounded across the valley at dawn. “We will rebuild,” the mayor said, and the crowd cheered.";
/** Text between two lines, longer than POSITION_RANGE, so that position can tell the lines apart. */
const FAR = `\n\n${"The council met again on Thursday to hear from the residents of the flooded streets. ".repeat(4)}\n\n`;

/** Every exact occurrence of `quote` in `text`, as a candidate. */
function exactCandidates(text: string, quote = QUOTE): Candidate[] {
  const found: Candidate[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    found.push({ start: i, end: i + quote.length, errors: 0 });
  }
  return found;
}

/** The selector of the first `quote` in `text`, as an annotation made on that text holds it. */
function selectorOf(text: string, quote = QUOTE) {
  const offsets = textOffsets(text);
  const at = text.indexOf(quote);
  return spanOf(text, offsets, offsets.toCodePointSpan(utf16Range(at, at + quote.length)));
}

/** A candidate as ranking leaves it, for choosing; only the place, its errors and its score matter. */
function ranked(start: number, end: number, errors: number, score: number): RankedCandidate {
  return { start, end, errors, score, drift: 0, fit: { quote: 1, prefix: 1, suffix: 1, position: 1 } };
}

describe("ranking the places a quote may be now", () => {
  it("ranks a place higher the better its prefix and suffix match", () => {
    expect(FAR.length).toBeGreaterThan(POSITION_RANGE);
    const edited = ORIGINAL.replace("at dawn", "at noon").replace("the mayor said", "the mayor added");
    const unrelated =
      "Someone had painted on the wall of the old school: We will rebuild, in tall red letters again.";
    const text = [unrelated, edited, ORIGINAL].join(FAR);
    const [inUnrelated, inEdited, inOriginal] = exactCandidates(text);
    // Far past the end: no candidate earns anything for its position.
    const result = rankCandidates(
      text,
      selectorOf(ORIGINAL),
      text.length + POSITION_RANGE,
      exactCandidates(text),
    );
    expect(result.map((c) => c.start)).toEqual([inOriginal?.start, inEdited?.start, inUnrelated?.start]);
    const [first, second, third] = result;
    expect(first?.fit).toEqual({ quote: 1, prefix: 1, suffix: 1, position: 0 });
    expect(second?.fit.prefix).toBeLessThan(1);
    expect(second?.fit.suffix).toBeLessThan(1);
    expect(third?.fit.prefix).toBeLessThan(second?.fit.prefix ?? 0);
    expect(third?.fit.suffix).toBeLessThan(second?.fit.suffix ?? 0);
  });

  it("ranks an exact quote above an edited one in the same context", () => {
    const typo = ORIGINAL.replace(QUOTE, "We will rebuilt");
    const text = [typo, ORIGINAL].join(FAR);
    const typoAt = text.indexOf("We will rebuilt");
    const candidates = [...exactCandidates(text), { start: typoAt, end: typoAt + QUOTE.length, errors: 1 }];
    const result = rankCandidates(text, selectorOf(ORIGINAL), text.length + POSITION_RANGE, candidates);
    expect(result.map((c) => [c.start, c.fit])).toEqual([
      [text.lastIndexOf(QUOTE), { quote: 1, prefix: 1, suffix: 1, position: 0 }],
      [typoAt, { quote: 1 - 1 / QUOTE.length, prefix: 1, suffix: 1, position: 0 }],
    ]);
  });

  it("lets the old position tell two equal copies apart only when one is near it", () => {
    const text = [ORIGINAL, ORIGINAL].join(FAR);
    const selector = selectorOf(ORIGINAL);
    const [first, second] = exactCandidates(text);
    if (!first || !second) throw new Error("two copies expected");
    const choose = (hint: number) => chooseCandidate(rankCandidates(text, selector, hint, [first, second]));
    // At either copy's old place: that copy.
    expect(choose(first.start)).toMatchObject({ ok: true, best: { start: first.start } });
    expect(choose(second.start)).toMatchObject({ ok: true, best: { start: second.start } });
    // Far from both, or about as near to one as to the other: a guess, refused.
    const tie = { ok: false, reason: "it fits more than one place equally well" };
    expect(choose(second.start + 2 * POSITION_RANGE)).toEqual(tie);
    expect(choose(Math.round((first.start + second.start) / 2))).toEqual(tie);
  });

  it("never lets the old position outweigh the context", () => {
    const rewritten =
      "Nobody expected the speech to close with We will rebuild on such a cold and rainy afternoon.";
    const text = [rewritten, ORIGINAL].join(FAR);
    const [atOldPlace, elsewhere] = exactCandidates(text);
    const result = rankCandidates(text, selectorOf(ORIGINAL), atOldPlace?.start ?? 0, exactCandidates(text));
    expect(result.map((c) => c.start)).toEqual([elsewhere?.start, atOldPlace?.start]);
    expect(result[1]?.fit.position).toBe(1);
    expect(chooseCandidate(result)).toMatchObject({ ok: true, best: { start: elsewhere?.start } });
  });

  it("compares context by code points, so emoji around the quote count one each", () => {
    const text = `${"😀".repeat(40)} ${QUOTE} ${"👍🏽".repeat(20)}`;
    const at = text.indexOf(QUOTE);
    const [top] = rankCandidates(text, selectorOf(text), at, exactCandidates(text));
    expect(top?.fit).toEqual({ quote: 1, prefix: 1, suffix: 1, position: 1 });
  });
});

describe("choosing among the ranked places", () => {
  it("refuses two places whose scores are nearly equal, and takes one clearly better", () => {
    const tie = { ok: false, reason: "it fits more than one place equally well" };
    expect(chooseCandidate([ranked(100, 124, 1, 95), ranked(400, 424, 1, 94)])).toEqual(tie);
    expect(
      chooseCandidate([ranked(100, 124, 1, 95), ranked(400, 424, 1, 95 - AMBIGUITY_MARGIN)]),
    ).toMatchObject({
      ok: true,
      best: { start: 100 },
    });
  });

  it("takes the best of several readings of one place, a character longer or shorter", () => {
    const readings = [ranked(100, 125, 1, 95), ranked(100, 124, 1, 94.5), ranked(100, 126, 1, 94)];
    expect(chooseCandidate(readings)).toMatchObject({ ok: true, best: { start: 100, end: 125 } });
    // …but another place as good as the best reading is still a tie.
    expect(chooseCandidate([...readings, ranked(400, 425, 1, 94)])).toMatchObject({ ok: false });
  });

  it("refuses a place that fits too poorly, unless it is the quote verbatim, once, near its old place", () => {
    const poor = { ok: false, reason: "no place in the article matches it well enough" };
    expect(chooseCandidate([ranked(100, 124, 0, 80)])).toMatchObject({ ok: true });
    expect(chooseCandidate([{ ...ranked(100, 124, 0, 80), drift: 200 }])).toEqual(poor);
    expect(chooseCandidate([ranked(100, 124, 2, 80)])).toEqual(poor);
    expect(chooseCandidate([])).toEqual({ ok: false, reason: "its text is no longer in the article" });
  });
});
