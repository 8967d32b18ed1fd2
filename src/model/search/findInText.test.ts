import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeLineEndings } from "../articleFile";
import { messyText } from "../testing/arbitraries";
import { utf16Range } from "../text";
import { findAll, firstMatchFrom } from "./findInText";
import { foldQuery, foldText } from "./fold";

const harris = normalizeLineEndings(
  readFileSync(new URL("../../../articles/000_cccd83b6053d3462.txt", import.meta.url), "utf8"),
);

/** The text of each match, as the article shows it. */
function found(text: string, query: string): string[] {
  return findAll(foldText(text), query).map((r) => text.slice(r.start, r.end));
}

describe("findAll", () => {
  it("finds every occurrence in a seed article, whatever the case", () => {
    expect(found(harris, "GIAMMATTEI")).toEqual(Array(found(harris, "Giammattei").length).fill("Giammattei"));
    expect(found(harris, "giammattei").length).toBe(harris.split("Giammattei").length - 1);
  });

  it("finds accented words without their accents and typographic apostrophes as typed", () => {
    expect(found(harris, "andres manuel lopez")).toEqual(["Andrés Manuel López"]);
    expect(found("She didn’t say", "didn't")).toEqual(["didn’t"]);
  });

  it("finds a phrase across a line break or a run of spaces", () => {
    const text = "the root\n\ncauses and the root   causes";
    expect(findAll(foldText(text), "root causes")).toEqual([utf16Range(4, 16), utf16Range(25, 38)]);
  });

  it("finds a letter with its combining accent, whole", () => {
    expect(found("Cafe\u0301 cafe", "café")).toEqual(["Cafe\u0301", "cafe"]);
  });

  it("finds nothing for an empty or blank query, and no overlapping matches", () => {
    expect(findAll(foldText(harris), "")).toEqual([]);
    expect(findAll(foldText(harris), "   ")).toEqual([]);
    expect(findAll(foldText("aaaa"), "aa")).toEqual([utf16Range(0, 2), utf16Range(2, 4)]);
  });

  it("stops at the limit", () => {
    expect(findAll(foldText("a a a a"), "a", 3)).toHaveLength(3);
  });

  it("gives ranges of the text that fold to the query, in order, on any text", () => {
    const textAndQuery = messyText({ maxPieces: 60 }).chain((text) =>
      fc.tuple(fc.constant(text), fc.integer({ min: 0, max: text.length }), fc.integer({ min: 1, max: 6 })),
    );
    fc.assert(
      fc.property(textAndQuery, ([text, at, length]) => {
        const query = text.slice(at, at + length);
        const ranges = findAll(foldText(text), query);
        for (const range of ranges)
          expect(foldQuery(text.slice(range.start, range.end))).toBe(foldQuery(query));
        for (let i = 1; i < ranges.length; i++)
          expect(ranges[i]?.start).toBeGreaterThanOrEqual(ranges[i - 1]?.end as number);
      }),
    );
  });
});

describe("firstMatchFrom", () => {
  const ranges = [utf16Range(2, 4), utf16Range(10, 12), utf16Range(20, 22)];
  it("gives the first match at or after an offset, wrapping to the first", () => {
    expect(firstMatchFrom(ranges, 0)).toBe(0);
    expect(firstMatchFrom(ranges, 10)).toBe(1);
    expect(firstMatchFrom(ranges, 11)).toBe(2);
    expect(firstMatchFrom(ranges, 21)).toBe(0);
    expect(firstMatchFrom([], 5)).toBe(0);
  });
});
