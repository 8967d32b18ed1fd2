import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeLineEndings } from "../model/articleFile";
import { messyText } from "../model/testing/arbitraries";
import { utf16 } from "../model/text";
import { positionMap } from "./positions";
import { articleDocument } from "./schema";

/** Article texts (LF line endings) with at least one character that is not blank. */
const articleTexts = messyText({ lineEndings: "lf", minPieces: 1, maxPieces: 60 }).filter(
  (text) => text.trim() !== "",
);

/** Small sections too, so that generated texts cross section edges. */
const sectionSizes = fc.constantFrom(1, 2, 3, 64);

function mapOf(text: string, paragraphsPerSection?: number, partLength?: number) {
  const { doc, blocks } = articleDocument(text, paragraphsPerSection, partLength);
  return { doc, paragraphs: blocks, map: positionMap(blocks, text.length, paragraphsPerSection) };
}

/** Part lengths small enough that the generated paragraphs are cut into parts (see blocks.ts), or not at all. */
const partLengths = fc.oneof(fc.integer({ min: 2, max: 12 }), fc.constant(1_000_000));

describe("text offsets and document positions", () => {
  it("round-trips every offset inside a paragraph, emoji and combining marks included", () => {
    fc.assert(
      fc.property(articleTexts, sectionSizes, partLengths, (text, size, part) => {
        const { paragraphs, map } = mapOf(text, size, part);
        for (const p of paragraphs) {
          for (let offset = p.start; offset <= p.end; offset++)
            expect(map.toOffset(map.toPos(utf16(offset)))).toBe(offset);
        }
      }),
    );
  });

  it("shows each paragraph's text at its positions, and the text between any two offsets less its line breaks", () => {
    fc.assert(
      fc.property(articleTexts, sectionSizes, partLengths, fc.nat(), fc.nat(), (text, size, part, x, y) => {
        const { doc, paragraphs, map } = mapOf(text, size, part);
        for (const p of paragraphs) {
          expect(doc.textBetween(map.toPos(utf16(p.start)), map.toPos(utf16(p.end)))).toBe(
            text.slice(p.start, p.end),
          );
        }
        const a = Math.min(x, y) % (text.length + 1);
        const b = Math.max(a, Math.max(x, y) % (text.length + 1));
        expect(doc.textBetween(map.toPos(utf16(a)), map.toPos(utf16(b))).replace(/\n/g, "")).toBe(
          text.slice(a, b).replace(/\n/g, ""),
        );
      }),
    );
  });

  it("maps an offset on a line break or blank line to the edge of the nearest paragraph", () => {
    const text = "One\n\n\nTwo";
    const { map } = mapOf(text);
    // doc: <section><p>One</p><p>Two</p></section>; "One" is at positions 2..5, "Two" at 7..10.
    expect(map.toPos(utf16(3))).toBe(5);
    expect(map.toPos(utf16(4))).toBe(7);
    expect(map.toPos(utf16(5))).toBe(7);
    expect(map.toPos(utf16(6))).toBe(7);
    expect(map.toPos(utf16(9))).toBe(10);
    expect(map.toOffset(6)).toBe(6);
    expect(map.toOffset(0)).toBe(0);
  });

  it("steps over section edges: one position closes a section and one opens the next", () => {
    const text = "One\nTwo\nThree";
    const { doc, map } = mapOf(text, 2);
    // <section><p>One</p><p>Two</p></section><section><p>Three</p></section>
    expect(doc.childCount).toBe(2);
    expect(map.toPos(utf16(8))).toBe(14);
    expect(doc.textBetween(14, 19)).toBe("Three");
    expect(map.toOffset(12)).toBe(7);
    expect(map.toOffset(13)).toBe(8);
    expect(map.sectionCount).toBe(2);
    expect([0, 3, 4, 7, 8, 13].map((offset) => map.sectionAt(utf16(offset)))).toEqual([0, 0, 0, 0, 1, 1]);
  });

  it("keeps a long paragraph's parts next to each other: no position between them holds a line break", () => {
    const text = `Head\n\n${"Word after word, sentence after sentence. ".repeat(30)}\nEnd`;
    const { doc, map } = mapOf(text, 3, 40);
    const paragraphs: string[] = [];
    doc.descendants((node) => {
      if (node.type.name === "paragraph") paragraphs.push(node.attrs.part as string);
      return node.type.name !== "paragraph";
    });
    expect(paragraphs[0]).toBe("whole");
    expect(paragraphs[1]).toBe("first");
    expect(paragraphs.at(-2)).toBe("last");
    // Sections holding parts are marked to be drawn inline.
    const inline: boolean[] = [];
    doc.forEach((section) => {
      inline.push(section.attrs.inline as boolean);
    });
    expect(inline.some(Boolean)).toBe(true);
    const start = text.indexOf("Word");
    const end = text.lastIndexOf("sentence.") + "sentence.".length;
    // Parts join with nothing between them: the text across them is the text of the line.
    expect(doc.textBetween(map.toPos(utf16(start)), map.toPos(utf16(end)), "")).toBe(text.slice(start, end));
  });

  it("keeps every line of the seed articles as a paragraph, with blank lines marked", () => {
    const dir = new URL("../../articles/", import.meta.url);
    for (const name of readdirSync(dir)) {
      const text = normalizeLineEndings(readFileSync(new URL(name, dir), "utf8"));
      const { doc } = articleDocument(text);
      const lines = text.split("\n").filter((line) => line !== "");
      const shown: string[] = [];
      doc.descendants((node) => {
        if (node.type.name !== "paragraph") return true;
        shown.push(node.textContent);
        return false;
      });
      expect(shown).toEqual(lines);
    }
  });
});
