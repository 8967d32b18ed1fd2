import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONTEXT_CODE_POINTS, snapToWords, spanOf } from "./anchor";
import { normalizeLineEndings } from "./articleFile";
import { messyText } from "./testing/arbitraries";
import { codePointSpan, textOffsets, type Utf16Range, utf16Range } from "./text";

const article = normalizeLineEndings(
  readFileSync(new URL("../../articles/000_cccd83b6053d3462.txt", import.meta.url), "utf8"),
);

/** The UTF-16 range of the first occurrence of `phrase` in `text`. */
function rangeOf(phrase: string, text = article): Utf16Range {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`not in the text: ${phrase}`);
  return utf16Range(start, start + phrase.length);
}

function snapped(range: Utf16Range, text = article): string | null {
  const result = snapToWords(text, range);
  return result && text.slice(result.start, result.end);
}

const messy = messyText({ maxPieces: 40 });

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
/** Whether UTF-16 offset `i` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number) =>
  i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
const isWordChar = (ch: string | undefined) => ch !== undefined && /^[\p{L}\p{N}\p{M}]$/u.test(ch);
const isSpace = (ch: string | undefined) => ch !== undefined && /^\s$/u.test(ch);
/** Whether UTF-16 offset `i` (not inside a pair) falls between two word characters. */
const insideWord = (text: string, i: number) =>
  isWordChar(Array.from(text.slice(0, i)).at(-1)) && isWordChar(Array.from(text.slice(i))[0]);

describe("spanOf", () => {
  it("takes the exact text and 32 code points of context either side", () => {
    expect(CONTEXT_CODE_POINTS).toBe(32);
    const offsets = textOffsets(article);
    const { start, end } = offsets.toCodePointSpan(rangeOf("strengthen our cooperation"));
    const span = spanOf(article, offsets, { start, end });
    expect(span).toEqual({
      start,
      end,
      exact: "strengthen our cooperation",
      prefix: "e Northern Triangle region and “",
      suffix: "” to better manage the steep inc",
    });
  });

  it("shortens the prefix at the start of the text and the suffix at its end", () => {
    const atStart = spanOf(article, textOffsets(article), codePointSpan(0, 10));
    expect(atStart).toMatchObject({ exact: "WASHINGTON", prefix: "" });
    const length = textOffsets(article).length;
    const atEnd = spanOf(article, textOffsets(article), codePointSpan(length - 12, length));
    expect(atEnd).toMatchObject({ exact: "filed under:", suffix: "" });
    expect(atEnd.prefix).toBe("e not available on this story.\n\n");
  });

  it("counts context in code points, so 32 emoji make a 32-code-point prefix", () => {
    const text = `${"😀".repeat(40)}quote${"𠀋".repeat(40)}`;
    const span = spanOf(text, textOffsets(text), codePointSpan(40, 45));
    expect(span).toEqual({
      start: 40,
      end: 45,
      exact: "quote",
      prefix: "😀".repeat(32),
      suffix: "𠀋".repeat(32),
    });
  });

  it("keeps emoji and combining marks inside the exact text whole", () => {
    const text = "She wrote “cafe\u0301 😀” twice.";
    const codePoints = Array.from(text);
    const start = codePoints.indexOf("“");
    const end = codePoints.indexOf("”") + 1;
    const span = spanOf(text, textOffsets(text), codePointSpan(start, end));
    expect(span.exact).toBe("“cafe\u0301 😀”");
    expect(span.prefix).toBe("She wrote ");
    expect(span.suffix).toBe(" twice.");
  });

  it("gives an empty exact text for an empty range", () => {
    const span = spanOf("ab😀cd", textOffsets("ab😀cd"), codePointSpan(3, 3));
    expect(span).toEqual({ start: 3, end: 3, exact: "", prefix: "ab😀", suffix: "cd" });
  });

  it("agrees with code point slicing for every range of any text", () => {
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
        const cps = Array.from(text);
        const span = spanOf(text, textOffsets(text), codePointSpan(start, end));
        expect(span.start).toBe(start);
        expect(span.end).toBe(end);
        expect(span.exact).toBe(cps.slice(start, end).join(""));
        expect(span.prefix).toBe(cps.slice(Math.max(0, start - CONTEXT_CODE_POINTS), start).join(""));
        expect(span.suffix).toBe(cps.slice(end, end + CONTEXT_CODE_POINTS).join(""));
        expect(Array.from(span.prefix)).toHaveLength(Math.min(CONTEXT_CODE_POINTS, start));
        expect(Array.from(span.suffix)).toHaveLength(Math.min(CONTEXT_CODE_POINTS, cps.length - end));
      }),
    );
  });
});

describe("snapToWords", () => {
  it("grows a drag that starts and ends inside words to the whole words", () => {
    const { start, end } = rangeOf("strengthen our cooperation");
    expect(snapped(utf16Range(start + 3, end - 3))).toBe("strengthen our cooperation");
  });

  it("takes the whole name when a drag stops inside it", () => {
    const { start, end } = rangeOf("Vice President Kamala Har");
    expect(snapped({ start, end })).toBe("Vice President Kamala Harris");
  });

  it("grows across accented letters as parts of the word", () => {
    const { start, end } = rangeOf("drés Manuel Lóp");
    expect(snapped({ start, end })).toBe("Andrés Manuel López");
  });

  it("drops the whitespace at both ends", () => {
    expect(snapped(rangeOf(" our "))).toBe("our");
    expect(snapped(rangeOf("\n\nHarris made"))).toBe("Harris made");
  });

  it("keeps the quotation marks and punctuation a drag took", () => {
    const quote = "“We want to work with you to address both the acute causes";
    expect(snapped(rangeOf(quote))).toBe(quote);
    expect(snapped(rangeOf("“strengthen our cooperation” "))).toBe("“strengthen our cooperation”");
  });

  it("does not grow past an apostrophe, which is not a word character", () => {
    const { start } = rangeOf("country’s government");
    expect(snapped(utf16Range(start, start + 4))).toBe("country");
  });

  it("returns null for a selection of only spaces or punctuation", () => {
    expect(snapToWords(article, rangeOf(" – "))).toBeNull();
    expect(snapToWords(article, rangeOf("\n\n"))).toBeNull();
    expect(snapToWords("I 😀 👍🏽 it", utf16Range(2, 9))).toBeNull();
  });

  it("returns null for an empty selection", () => {
    const { start } = rangeOf("Harris");
    expect(snapToWords(article, utf16Range(start + 2, start + 2))).toBeNull();
    expect(snapToWords("", utf16Range(0, 0))).toBeNull();
  });

  it("accepts a backward drag as the same range", () => {
    const { start, end } = rangeOf("Vice President Kamala Har");
    expect(snapToWords(article, utf16Range(end, start))).toEqual(snapToWords(article, { start, end }));
  });

  it("clamps a range that reaches outside the text", () => {
    expect(snapToWords("Hello world", utf16Range(-10, 3))).toEqual({ start: 0, end: 5 });
    expect(snapToWords("Hello world", utf16Range(7, 999))).toEqual({ start: 6, end: 11 });
  });

  it("never splits a surrogate pair at either end", () => {
    // x=0, 😀=1..3, y=3
    expect(snapToWords("x😀y", utf16Range(2, 4))).toEqual({ start: 1, end: 4 });
    expect(snapToWords("x😀 y", utf16Range(0, 2))).toEqual({ start: 0, end: 3 });
  });

  it("grows across astral letters as whole code points", () => {
    expect(snapToWords("𠀋𠀋 word", utf16Range(1, 2))).toEqual({ start: 0, end: 4 });
  });

  it("never leaves a combining accent behind", () => {
    expect(snapped(utf16Range(0, 4), "cafe\u0301 au lait")).toBe("cafe\u0301");
    expect(snapped(utf16Range(4, 5), "cafe\u0301 au lait")).toBe("cafe\u0301");
  });

  it("keeps its promises for any selection of any text", () => {
    const textWithRange = messy.chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.integer({ min: 0, max: text.length }),
        fc.integer({ min: 0, max: text.length }),
      ),
    );
    fc.assert(
      fc.property(textWithRange, ([text, a, b]) => {
        const result = snapToWords(text, utf16Range(a, b));
        // The selection as the function sees it: ordered, whole code points, whitespace trimmed.
        let from = Math.min(a, b);
        let to = Math.max(a, b);
        if (splitsPair(text, from)) from--;
        if (splitsPair(text, to)) to++;
        const selected = text.slice(from, to);
        const trimmedStart = from + (selected.length - selected.replace(/^\s+/u, "").length);
        const trimmedEnd = to - (selected.length - selected.replace(/\s+$/u, "").length);

        if (/[\p{L}\p{N}]/u.test(selected)) expect(result).not.toBeNull();
        if (result === null) return;
        const { start, end } = result;
        const chosen = text.slice(start, end);
        expect(0 <= start && start < end && end <= text.length).toBe(true);
        expect(splitsPair(text, start)).toBe(false);
        expect(splitsPair(text, end)).toBe(false);
        expect(isSpace(Array.from(chosen)[0])).toBe(false);
        expect(isSpace(Array.from(chosen).at(-1))).toBe(false);
        expect(chosen).toMatch(/[\p{L}\p{N}]/u);
        expect(insideWord(text, start)).toBe(false);
        expect(insideWord(text, end)).toBe(false);
        // It only grows the selection's words; it never drops a non-space character that was selected.
        expect(start).toBeLessThanOrEqual(trimmedStart);
        expect(end).toBeGreaterThanOrEqual(trimmedEnd);
        // Snapping a snapped range changes nothing.
        expect(snapToWords(text, result)).toEqual(result);
      }),
    );
  });

  it("snaps any drag in the seed article to whole words with letters in them", () => {
    const range = fc
      .tuple(fc.integer({ min: 0, max: article.length }), fc.integer({ min: 0, max: 60 }))
      .map(([start, length]) => utf16Range(start, Math.min(article.length, start + length)));
    fc.assert(
      fc.property(range, (r) => {
        const result = snapToWords(article, r);
        if (result === null) {
          expect(article.slice(r.start, r.end)).not.toMatch(/[\p{L}\p{N}]/u);
          return;
        }
        const chosen = article.slice(result.start, result.end);
        expect(chosen).toBe(chosen.trim());
        expect(insideWord(article, result.start)).toBe(false);
        expect(insideWord(article, result.end)).toBe(false);
        expect(chosen).toContain(article.slice(r.start, r.end).trim());
      }),
    );
  });
});
