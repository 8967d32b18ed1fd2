import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeLineEndings } from "./articleFile";
import { messyText } from "./testing/arbitraries";
import {
  codePoint,
  codePointSpan,
  countBelow,
  countWords,
  type Paragraph,
  paragraphIndexAt,
  paragraphsOf,
  textOffsets,
  utf16,
  utf16Range,
} from "./text";

const articlesDir = new URL("../../articles/", import.meta.url);
const seedArticles = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: normalizeLineEndings(readFileSync(new URL(name, articlesDir), "utf8")) }));
const harrisGuatemala = seedArticles.find((a) => a.name === "000_cccd83b6053d3462.txt")?.text ?? "";

/** Messy text as a string may hold it: every line ending, and lone surrogates and NUL besides. */
const messy = messyText({ malformed: true, maxPieces: 60 });
/** Messy text as an article holds it: LF line endings only. */
const articleText = messyText({ malformed: true, lineEndings: "lf", maxPieces: 60 });

/** A text with a code point offset in [0, length]. */
const textWithCodePoint = messy.chain((text) =>
  fc.tuple(fc.constant(text), fc.integer({ min: 0, max: Array.from(text).length })),
);

describe("textOffsets", () => {
  it("converts ranges both ways, and refuses at compile time an offset of the wrong unit", () => {
    const offsets = textOffsets("a😀b");
    expect(offsets.toUtf16Range(codePointSpan(1, 3))).toEqual({ start: 1, end: 4 });
    expect(offsets.toCodePointSpan(utf16Range(1, 4))).toEqual({ start: 1, end: 3 });
    // @ts-expect-error: a UTF-16 offset is not a code point.
    offsets.toUtf16(utf16(3));
    // @ts-expect-error: a code point is not a UTF-16 offset.
    offsets.toCodePoint(codePoint(1));
    // @ts-expect-error: a bare number says nothing of its unit.
    offsets.toUtf16(2);
    // @ts-expect-error: a code point span is not a UTF-16 range.
    offsets.toCodePointSpan(codePointSpan(0, 1));
  });

  it("counts code points, not UTF-16 units", () => {
    const offsets = textOffsets("a😀b𠀋c");
    expect(offsets.length).toBe(5);
    expect([0, 1, 2, 3, 4, 5].map((cp) => offsets.toUtf16(codePoint(cp)))).toEqual([0, 1, 3, 4, 6, 7]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((u) => offsets.toCodePoint(utf16(u)))).toEqual([
      0, 1, 1, 2, 3, 3, 4, 5,
    ]);
  });

  it("rounds a UTF-16 offset inside a surrogate pair down to the start of the pair", () => {
    expect(textOffsets("😀").toCodePoint(utf16(1))).toBe(0);
    expect(textOffsets("ab😀😀").toCodePoint(utf16(5))).toBe(3);
  });

  it("treats text without astral characters as one code point per unit", () => {
    const offsets = textOffsets("“Harris said.”");
    expect(offsets.length).toBe(14);
    expect(offsets.toUtf16(codePoint(7))).toBe(7);
    expect(offsets.toCodePoint(utf16(7))).toBe(7);
  });

  it("counts a combining accent as a code point of its own", () => {
    const offsets = textOffsets("cafe\u0301!");
    expect(offsets.length).toBe(6);
    expect(offsets.toUtf16(codePoint(5))).toBe(5);
  });

  it("counts a lone surrogate as one code point, as Array.from does", () => {
    const text = "a\ud83db\ude00c";
    expect(textOffsets(text).length).toBe(Array.from(text).length);
    expect(textOffsets(text).length).toBe(5);
  });

  it("clamps offsets outside the text to its ends", () => {
    for (const text of ["plain", "emoji 😀 here"]) {
      const offsets = textOffsets(text);
      expect(offsets.toUtf16(codePoint(-3))).toBe(0);
      expect(offsets.toUtf16(codePoint(offsets.length + 10))).toBe(text.length);
      expect(offsets.toCodePoint(utf16(-3))).toBe(0);
      expect(offsets.toCodePoint(utf16(text.length + 10))).toBe(offsets.length);
    }
  });

  it("has length zero for the empty text", () => {
    const offsets = textOffsets("");
    expect(offsets.length).toBe(0);
    expect(offsets.toUtf16(codePoint(0))).toBe(0);
    expect(offsets.toCodePoint(utf16(0))).toBe(0);
  });

  it("has the length Array.from counts", () => {
    fc.assert(
      fc.property(messy, (text) => {
        expect(textOffsets(text).length).toBe(Array.from(text).length);
      }),
    );
  });

  it("converts every code point offset to UTF-16 and back unchanged", () => {
    fc.assert(
      fc.property(messy, (text) => {
        const offsets = textOffsets(text);
        for (let cp = 0; cp <= offsets.length; cp++) {
          expect(offsets.toCodePoint(utf16(offsets.toUtf16(codePoint(cp))))).toBe(cp);
        }
      }),
    );
  });

  it("maps a code point offset to the UTF-16 length of the code points before it", () => {
    fc.assert(
      fc.property(textWithCodePoint, ([text, cp]) => {
        expect(textOffsets(text).toUtf16(codePoint(cp))).toBe(Array.from(text).slice(0, cp).join("").length);
      }),
    );
  });

  it("keeps offsets exact across emoji: a code point slice equals the converted UTF-16 slice", () => {
    const textWithRange = messy.chain((text) => {
      const length = Array.from(text).length;
      return fc.tuple(
        fc.constant(text),
        fc.integer({ min: 0, max: length }),
        fc.integer({ min: 0, max: length }),
      );
    });
    fc.assert(
      fc.property(textWithRange, ([text, a, b]) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const offsets = textOffsets(text);
        expect(text.slice(offsets.toUtf16(codePoint(start)), offsets.toUtf16(codePoint(end)))).toBe(
          Array.from(text).slice(start, end).join(""),
        );
      }),
    );
  });

  it("maps every UTF-16 offset to the last code point that starts at or before it", () => {
    fc.assert(
      fc.property(messy, (text) => {
        const offsets = textOffsets(text);
        const starts: number[] = [];
        let u = 0;
        for (const ch of Array.from(text)) {
          starts.push(u);
          u += ch.length;
        }
        starts.push(u);
        for (let unit = 0; unit <= text.length; unit++) {
          const expected = starts.filter((s) => s <= unit).length - 1;
          expect(offsets.toCodePoint(utf16(unit))).toBe(expected);
        }
      }),
    );
  });

  it("agrees with Array.from on every seed article", () => {
    for (const { text } of seedArticles) {
      const offsets = textOffsets(text);
      const codePoints = Array.from(text);
      expect(offsets.length).toBe(codePoints.length);
      for (const cp of [0, 1, 100, codePoints.length >> 1, codePoints.length]) {
        expect(text.slice(0, offsets.toUtf16(codePoint(cp)))).toBe(codePoints.slice(0, cp).join(""));
      }
    }
  });
});

describe("countBelow", () => {
  it("counts the entries less than the value", () => {
    const sorted = [2, 4, 4, 9];
    expect([0, 2, 3, 4, 5, 9, 10].map((v) => countBelow(sorted, v))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(countBelow([], 5)).toBe(0);
  });

  it("agrees with a linear count for any ascending array", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, v) => {
        const sorted = [...xs].sort((a, b) => a - b);
        expect(countBelow(sorted, v)).toBe(sorted.filter((x) => x < v).length);
      }),
    );
  });
});

/** Each line of `text` with its UTF-16 start, the way a reader of the file sees them. */
function linesOf(text: string): { line: string; start: number }[] {
  const lines: { line: string; start: number }[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    lines.push({ line, start });
    start += line.length + 1;
  }
  return lines;
}

describe("paragraphsOf", () => {
  it("makes every non-empty line a paragraph and marks the ones after a blank line", () => {
    expect(paragraphsOf("Headline\nByline\n\nBody.")).toEqual([
      { start: 0, end: 8, blankBefore: false },
      { start: 9, end: 15, blankBefore: false },
      { start: 17, end: 22, blankBefore: true },
    ]);
  });

  it("marks a paragraph after several blank lines once, like after one", () => {
    expect(paragraphsOf("One\n\n\n\nTwo")).toEqual([
      { start: 0, end: 3, blankBefore: false },
      { start: 7, end: 10, blankBefore: true },
    ]);
  });

  it("marks the first paragraph when the text opens with an empty line", () => {
    expect(paragraphsOf("\nTitle")).toEqual([{ start: 1, end: 6, blankBefore: true }]);
    expect(paragraphsOf("\n\nTitle")).toEqual([{ start: 2, end: 7, blankBefore: true }]);
    expect(paragraphsOf("Title")).toEqual([{ start: 0, end: 5, blankBefore: false }]);
  });

  it("keeps a line of spaces as a paragraph, so it is not a blank line", () => {
    expect(paragraphsOf("A\n  \nB")).toEqual([
      { start: 0, end: 1, blankBefore: false },
      { start: 2, end: 4, blankBefore: false },
      { start: 5, end: 6, blankBefore: false },
    ]);
  });

  it("has no paragraphs for empty text or only line breaks", () => {
    expect(paragraphsOf("")).toEqual([]);
    expect(paragraphsOf("\n")).toEqual([]);
    expect(paragraphsOf("\n\n\n")).toEqual([]);
  });

  it("ignores a trailing line break", () => {
    expect(paragraphsOf("End.\n")).toEqual([{ start: 0, end: 4, blankBefore: false }]);
  });

  it("covers every non-empty line exactly once, in order, with blankBefore exactly after an empty line", () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const paragraphs = paragraphsOf(text);
        const lines = linesOf(text);
        const expected = lines.flatMap(({ line, start }, i) =>
          line === ""
            ? []
            : [{ start, end: start + line.length, blankBefore: i > 0 && lines[i - 1]?.line === "" }],
        );
        expect(paragraphs).toEqual(expected);
      }),
    );
  });

  it("never puts a line feed inside a paragraph, whatever the line endings", () => {
    fc.assert(
      fc.property(messy, (text) => {
        let previousEnd = -1;
        for (const p of paragraphsOf(text)) {
          const slice = text.slice(p.start, p.end);
          expect(slice).not.toContain("\n");
          expect(slice.length).toBeGreaterThan(0);
          expect(p.start).toBeGreaterThan(previousEnd);
          previousEnd = p.end;
        }
      }),
    );
  });

  it("splits the seed article into its 21 lines, the ads included", () => {
    const paragraphs = paragraphsOf(harrisGuatemala);
    const slices = paragraphs.map((p) => harrisGuatemala.slice(p.start, p.end));
    expect(paragraphs).toHaveLength(21);
    expect(slices[0]?.startsWith("WASHINGTON — Vice President Kamala Harris told")).toBe(true);
    expect(paragraphs[0]?.blankBefore).toBe(false);
    expect(slices[6]).toBe("Advertisement");
    expect(paragraphs.slice(1).every((p) => p.blankBefore)).toBe(true);
    expect(slices.at(-1)).toBe("filed under:");
  });

  it("keeps every line of every seed article", () => {
    for (const { text } of seedArticles) {
      const slices = paragraphsOf(text).map((p) => text.slice(p.start, p.end));
      expect(slices).toEqual(text.split("\n").filter((line) => line !== ""));
    }
  });
});

describe("paragraphIndexAt", () => {
  const text = "One\n\nTwo\nThree";
  const paragraphs = paragraphsOf(text);

  it("finds the paragraph that holds an offset, its end included", () => {
    expect([0, 1, 3].map((u) => paragraphIndexAt(paragraphs, utf16(u)))).toEqual([0, 0, 0]);
    expect([5, 8].map((u) => paragraphIndexAt(paragraphs, utf16(u)))).toEqual([1, 1]);
    expect([9, 14].map((u) => paragraphIndexAt(paragraphs, utf16(u)))).toEqual([2, 2]);
  });

  it("gives the following paragraph for an offset on a blank line", () => {
    expect(paragraphIndexAt(paragraphs, utf16(4))).toBe(1);
  });

  it("gives the number of paragraphs for an offset after the last one", () => {
    expect(paragraphIndexAt(paragraphs, utf16(15))).toBe(3);
    expect(paragraphIndexAt([], utf16(0))).toBe(0);
  });

  it("agrees with a linear search for the first paragraph ending at or after the offset", () => {
    const textWithUnit = articleText.chain((t) =>
      fc.tuple(fc.constant(t), fc.integer({ min: 0, max: t.length + 1 })),
    );
    fc.assert(
      fc.property(textWithUnit, ([t, u]) => {
        const ps: Paragraph[] = paragraphsOf(t);
        const expected = ps.findIndex((p) => p.end >= u);
        const index = paragraphIndexAt(ps, utf16(u));
        expect(index).toBe(expected === -1 ? ps.length : expected);
        const p = ps[index];
        if (p && u >= p.start) expect(t.slice(p.start, p.end)).not.toContain("\n");
      }),
    );
  });

  it("finds the quote’s paragraph in the seed article", () => {
    const ps = paragraphsOf(harrisGuatemala);
    const at = harrisGuatemala.indexOf("We want to work with you");
    const p = ps[paragraphIndexAt(ps, utf16(at))];
    expect(p && harrisGuatemala.slice(p.start, p.end).endsWith("Harris said.")).toBe(true);
  });
});

describe("countWords", () => {
  it("counts words joined by apostrophes or hyphens as one", () => {
    expect(countWords("don’t")).toBe(1);
    expect(countWords("don't")).toBe(1);
    expect(countWords("high-profile challenge")).toBe(2);
  });

  it("counts a letter with a combining accent as part of its word", () => {
    expect(countWords("cafe\u0301 au lait")).toBe(3);
  });

  it("counts astral letters and ignores emoji and punctuation", () => {
    expect(countWords("𠀋𠀋 word")).toBe(2);
    expect(countWords("😀 — “ ” … 👍🏽")).toBe(0);
    expect(countWords("")).toBe(0);
  });

  it("splits abbreviations at their dots", () => {
    expect(countWords("the U.S. border")).toBe(4);
  });

  it("counts the words of space-joined texts as the sum of their words", () => {
    fc.assert(
      fc.property(messy, messy, (a, b) => {
        expect(countWords(`${a} ${b}`)).toBe(countWords(a) + countWords(b));
      }),
    );
  });

  it("counts one word per generated word", () => {
    const word = fc.stringMatching(/^[a-zà-öø-ÿ]{1,8}(?:[’'-][a-z]{1,4})?$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), (words) => {
        expect(countWords(words.join(" \n"))).toBe(words.length);
      }),
    );
  });

  it("counts the seed article’s opening sentence word by word", () => {
    const firstLine = harrisGuatemala.split("\n")[0] ?? "";
    const firstSentence = firstLine.slice(0, firstLine.indexOf(" Monday"));
    // WASHINGTON Vice President Kamala Harris told Guatemalan President Alejandro Giammattei
    expect(countWords(firstSentence)).toBe(10);
  });
});
