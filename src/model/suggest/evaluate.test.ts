import { describe, expect, it } from "vitest";
import { type Utf16Range, utf16 } from "../text";
import { f1, scoreArticle } from "./evaluate";

const text = "“We will win the vote,” she said. Officials said the plan would work well.";
const at = (phrase: string): Utf16Range[] => {
  const start = text.indexOf(phrase);
  return [{ start: utf16(start), end: utf16(start + phrase.length) }];
};

describe("scoreArticle", () => {
  it("matches contents one to one by word overlap, and counts exact, direct, reported and source agreement", () => {
    const gold = [
      { content: at("“We will win the vote,”"), source: at("she"), cue: at("said") },
      { content: at("the plan would work well"), source: at("Officials"), cue: at("said the") },
    ];
    const predicted = [
      // The same words without the marks: exact by word tokens, with the same source.
      { content: at("We will win the vote"), source: at("she"), cue: at("said") },
      // Three of five words: Jaccard 0.6, a match, but not exact; the wrong source.
      { content: at("plan would work"), source: at("she") },
      // Overlaps nothing.
      { content: at("Officials") },
    ];
    const score = scoreArticle(text, predicted, gold);
    expect(score.overlap).toEqual({ predicted: 3, gold: 2, matched: 2 });
    expect(score.exact.matched).toBe(1);
    expect(score.direct).toEqual({ predicted: 0, gold: 1, matched: 0 });
    expect(score.reported).toEqual({ predicted: 3, gold: 1, matched: 1 });
    expect([score.sourcePairs, score.sourceAgree]).toEqual([2, 1]);
    expect(score.withSource.matched).toBe(1);
    expect(f1(score.overlap)).toEqual({ precision: 2 / 3, recall: 1, f1: 0.8 });
  });

  it("never matches one gold content twice", () => {
    const gold = [{ content: at("the plan would work well") }];
    const predicted = [{ content: at("the plan would work well") }, { content: at("plan would work well") }];
    expect(scoreArticle(text, predicted, gold).overlap.matched).toBe(1);
  });
});
