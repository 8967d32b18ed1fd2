import { describe, expect, it } from "vitest";
import {
  addFragment,
  contentFragments,
  drawnParts,
  placeParts,
  proposeKind,
  removeFragment,
} from "./attribution";
import { type CodePointSpan, codePoint, codePointSpan, textOffsets } from "./text";
import type { Annotation, Excerpt } from "./types";

const text = "🎉 “We will win,” he said, “and soon.” Officials said the plan would “work” in time.";
const offsets = textOffsets(text);

/** The code point span of the first `phrase` at or after `from` code points. */
function spanOf(phrase: string, from = 0): CodePointSpan {
  const points = Array.from(text);
  for (let i = from; i + Array.from(phrase).length <= points.length; i++) {
    if (points.slice(i, i + Array.from(phrase).length).join("") === phrase)
      return codePointSpan(i, i + Array.from(phrase).length);
  }
  throw new Error(`no ${phrase}`);
}

function excerpt(phrase: string): Excerpt {
  return { ...spanOf(phrase), exact: phrase };
}

function quoteOf(phrase: string): Annotation {
  const { start, end } = spanOf(phrase);
  return {
    id: "q",
    articleId: "a",
    tag: "quote",
    start,
    end,
    exact: phrase,
    prefix: "",
    suffix: "",
    speakerId: null,
    note: "",
    createdAt: "2026-12-01T00:00:00.000Z",
    updatedAt: "2026-12-01T00:00:00.000Z",
  };
}

describe("fragments", () => {
  it("adds a later fragment after the first, with its words", () => {
    const quote = quoteOf("“We will win,”");
    const patch = addFragment(quote, text, offsets, spanOf("“and soon.”"));
    expect(patch).toMatchObject({ start: quote.start, end: quote.end, exact: "“We will win,”" });
    expect(patch.moreFragments).toEqual([excerpt("“and soon.”")]);
  });

  it("makes an earlier fragment the first one, with the context of its place", () => {
    const quote = quoteOf("“and soon.”");
    const patch = addFragment(quote, text, offsets, spanOf("“We will win,”"));
    expect(patch).toMatchObject({ exact: "“We will win,”", prefix: "🎉 ", suffix: text.slice(17, 49) });
    expect(patch.moreFragments).toEqual([excerpt("“and soon.”")]);
  });

  it("joins a fragment that overlaps or touches one it has", () => {
    const quote = quoteOf("“We will");
    const patch = addFragment(quote, text, offsets, spanOf("will win,”"));
    expect(patch).toMatchObject({ exact: "“We will win,”", moreFragments: undefined });
  });

  it("removes a fragment, the next one becoming the first, and never the only one", () => {
    const quote = { ...quoteOf("“We will win,”"), moreFragments: [excerpt("“and soon.”")] };
    expect(removeFragment(quote, text, offsets, 0)).toMatchObject({
      exact: "“and soon.”",
      moreFragments: undefined,
    });
    expect(removeFragment(quoteOf("“We will win,”"), text, offsets, 0)).toBeNull();
  });

  it("lists the fragments in order and draws them with the cue and the source, each with its own key", () => {
    const quote: Annotation = {
      ...quoteOf("“We will win,”"),
      moreFragments: [excerpt("“and soon.”")],
      cue: excerpt("said"),
      source: excerpt("he"),
    };
    expect(contentFragments(quote).map((f) => f.exact)).toEqual(["“We will win,”", "“and soon.”"]);
    expect(drawnParts(quote).map((p) => [p.part, p.key, p.start, p.end])).toEqual([
      ["content", "content", codePoint(2), codePoint(16)],
      ["content", "content-2", spanOf("“and soon.”").start, spanOf("“and soon.”").end],
      ["cue", "cue", spanOf("said").start, spanOf("said").end],
      ["source", "source", spanOf("he").start, spanOf("he").end],
    ]);
  });
});

describe("proposeKind", () => {
  it("proposes direct when every fragment is in quotation marks, taken in or just outside", () => {
    expect(proposeKind(text, offsets, [excerpt("“We will win,”"), excerpt("“and soon.”")])).toBe("direct");
    expect(proposeKind(text, offsets, [excerpt("We will win,"), excerpt("and soon.")])).toBe("direct");
  });

  it("proposes direct for words from the middle of a quotation, its marks far away", () => {
    expect(proposeKind(text, offsets, [excerpt("will win")])).toBe("direct");
  });

  it("proposes mixed for quoted words inside reported speech", () => {
    expect(proposeKind(text, offsets, [excerpt("the plan would “work” in time")])).toBe("mixed");
  });

  it("proposes indirect without quotation marks", () => {
    expect(proposeKind(text, offsets, [excerpt("the plan would")])).toBe("indirect");
  });

  it("proposes mixed when only some fragments are quoted", () => {
    expect(proposeKind(text, offsets, [excerpt("“We will win,”"), excerpt("the plan would “work”")])).toBe(
      "mixed",
    );
  });
});

describe("placeParts", () => {
  const quote: Annotation = {
    ...quoteOf("“We will win,”"),
    moreFragments: [excerpt("“and soon.”")],
    cue: excerpt("said"),
    source: excerpt("he"),
  };

  it("moves the parts with the content when the text before them grew", () => {
    const grown = `Breaking: ${text}`;
    const { parts, lost } = placeParts(grown, textOffsets(grown), quote, 10);
    expect(lost).toBe(false);
    expect(parts.cue).toEqual({
      ...excerpt("said"),
      start: excerpt("said").start + 10,
      end: excerpt("said").end + 10,
    });
    expect(parts.moreFragments?.[0]?.exact).toBe("“and soon.”");
  });

  it("finds a part whose words moved apart from the content, and reports one that is gone", () => {
    const edited = text.replace("he said", "he said quietly").replace("“and soon.”", "“later.”");
    const { parts, lost } = placeParts(edited, textOffsets(edited), quote, 0);
    expect(parts.cue?.exact).toBe("said");
    expect(parts.moreFragments).toBeUndefined();
    expect(lost).toBe(true);
  });
});
