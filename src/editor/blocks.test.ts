import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { messyText } from "../model/testing/arbitraries";
import { paragraphsOf } from "../model/text";
import { blocksOf } from "./blocks";

describe("blocks of the reader's document", () => {
  it("keeps a paragraph of ordinary length whole", () => {
    const text = "A short line.\n\nAnother one.";
    expect(blocksOf(text, paragraphsOf(text)).map((b) => b.part)).toEqual(["whole", "whole"]);
  });

  it("cuts a long paragraph after a sentence, into parts that follow each other exactly", () => {
    const sentence = "The minister said the port would stay closed for two more days. ";
    const text = `Title\n\n${sentence.repeat(200)}\nLast line.`;
    const blocks = blocksOf(text, paragraphsOf(text), 500);
    const parts = blocks.filter((b) => b.part !== "whole");
    expect(parts[0]?.part).toBe("first");
    expect(parts.at(-1)?.part).toBe("last");
    expect(parts.slice(1, -1).every((b) => b.part === "middle")).toBe(true);
    for (const [i, part] of parts.entries()) {
      if (i > 0) expect(part.start).toBe(parts[i - 1]?.end);
      expect(part.end - part.start).toBeLessThanOrEqual(1000);
      // Every part but the last ends after a sentence and its space.
      if (part.part !== "last") expect(text.slice(part.end - 2, part.end)).toBe(". ");
    }
    expect(text.slice(parts[0]?.start, parts.at(-1)?.end)).toBe(sentence.repeat(200));
  });

  it("cuts text without spaces at the length, never inside a surrogate pair", () => {
    const text = "漢😀".repeat(3000);
    const blocks = blocksOf(text, paragraphsOf(text), 101);
    for (const b of blocks) {
      const unit = text.charCodeAt(b.start);
      expect(unit >= 0xdc00 && unit <= 0xdfff).toBe(false);
    }
  });

  it("covers every paragraph exactly, whatever the text and the part length", () => {
    fc.assert(
      fc.property(
        messyText({ lineEndings: "lf", maxPieces: 400 }),
        fc.integer({ min: 3, max: 40 }),
        (text, length) => {
          const paragraphs = paragraphsOf(text);
          const blocks = blocksOf(text, paragraphs, length);
          const joined = new Map<number, string>();
          let paragraph = -1;
          for (const b of blocks) {
            if (b.part === "whole" || b.part === "first") paragraph++;
            joined.set(paragraph, (joined.get(paragraph) ?? "") + text.slice(b.start, b.end));
            expect(b.end).toBeGreaterThan(b.start);
          }
          expect([...joined.values()]).toEqual(paragraphs.map((p) => text.slice(p.start, p.end)));
          // Blank lines still mark the paragraph, on its first block only.
          expect(blocks.filter((b) => b.blankBefore).length).toBe(
            paragraphs.filter((p) => p.blankBefore).length,
          );
        },
      ),
    );
  });
});
