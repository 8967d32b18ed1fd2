import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { messyText } from "../testing/arbitraries";
import { foldQuery, foldText } from "./fold";

/** The folded text and, for each folded boundary, the source offset it maps to. */
function mapped(text: string): { folded: string; offsets: number[] } {
  const folded = foldText(text);
  return {
    folded: folded.text,
    offsets: Array.from({ length: folded.text.length + 1 }, (_, i) => folded.sourceOffset(i)),
  };
}

describe("foldText", () => {
  it("puts case, accents, typographic quotes and dashes aside, keeping every offset in place", () => {
    const text = "López SAID: “Don’t” — Ça";
    expect(mapped(text)).toEqual({
      folded: 'lopez said: "don\'t" - ca',
      offsets: Array.from({ length: text.length + 1 }, (_, i) => i),
    });
  });

  it("drops a combining accent, mapping the boundary after the letter past the accent", () => {
    // "e" + combining acute, then "x": the accent belongs to the "e" before it.
    expect(mapped("ye\u0301x")).toEqual({ folded: "yex", offsets: [0, 1, 3, 4] });
    expect(mapped("\u0301a")).toEqual({ folded: "a", offsets: [1, 2] });
  });

  it("folds every run of white space (line breaks, no-break and wide spaces) to one space", () => {
    expect(mapped("a \n\n\u00a0b\u3000c")).toEqual({ folded: "a b c", offsets: [0, 1, 5, 6, 7, 8] });
    expect(mapped("a \u0301 b").folded).toBe("a b");
  });

  it("folds ß as ss, an offset inside it stopping at its end", () => {
    expect(mapped("aßb")).toEqual({ folded: "assb", offsets: [0, 1, 2, 2, 3] });
  });

  it("keeps astral characters and Hangul syllables whole", () => {
    expect(mapped("😀한A")).toEqual({ folded: "😀한a", offsets: [0, 1, 2, 3, 4] });
    expect(mapped("İstanbul").folded).toBe("istanbul");
  });

  // The first run of malformed text in a process sets up fast-check's code point generator: about 2 s
  // on a busy machine, more than the default timeout once other test files run beside it.
  it("maps boundaries in order, from 0 to the text's length, on any text", { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(messyText({ malformed: true, maxPieces: 60 }), (text) => {
        const { folded, offsets } = mapped(text);
        expect(offsets[0]).toBeGreaterThanOrEqual(0);
        expect(offsets.at(-1)).toBeLessThanOrEqual(text.length);
        // One assertion per text: thousands of them per run would take seconds.
        expect(offsets.filter((o, i) => i > 0 && o < (offsets[i - 1] as number))).toEqual([]);
        // Folding twice changes nothing more.
        expect(foldText(folded).text).toBe(folded);
      }),
    );
  });
});

describe("foldQuery", () => {
  it("folds as the text is folded, without spaces at the ends", () => {
    expect(foldQuery("  ROOT\u00a0 Causes\n")).toBe("root causes");
    expect(foldQuery("\t")).toBe("");
  });
});
