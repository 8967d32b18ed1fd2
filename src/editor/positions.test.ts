import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeLineEndings } from "../model/articleFile";
import { positionMap } from "./positions";
import { articleDocument } from "./schema";

const pieces = [
  "word",
  "Harris",
  " ",
  "  ",
  "\n",
  "\n\n",
  "\r\n",
  "\r",
  "😀",
  "𠀋",
  "e\u0301",
  "“",
  "”",
  "—",
  ".",
];
const articleTexts = fc
  .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 60 })
  .map((parts) => normalizeLineEndings(parts.join("")))
  .filter((text) => text.trim() !== "");

function mapOf(text: string) {
  const { doc, paragraphs } = articleDocument(text);
  return { doc, paragraphs, map: positionMap(paragraphs, text.length) };
}

describe("text offsets and document positions", () => {
  it("round-trips every offset inside a paragraph, emoji and combining marks included", () => {
    fc.assert(
      fc.property(articleTexts, (text) => {
        const { paragraphs, map } = mapOf(text);
        for (const p of paragraphs) {
          for (let offset = p.start; offset <= p.end; offset++)
            expect(map.toOffset(map.toPos(offset))).toBe(offset);
        }
      }),
    );
  });

  it("shows each paragraph's text at its positions, and the text between any two offsets less its line breaks", () => {
    fc.assert(
      fc.property(articleTexts, fc.nat(), fc.nat(), (text, x, y) => {
        const { doc, paragraphs, map } = mapOf(text);
        for (const p of paragraphs) {
          expect(doc.textBetween(map.toPos(p.start), map.toPos(p.end))).toBe(text.slice(p.start, p.end));
        }
        const a = Math.min(x, y) % (text.length + 1);
        const b = Math.max(a, Math.max(x, y) % (text.length + 1));
        expect(doc.textBetween(map.toPos(a), map.toPos(b)).replace(/\n/g, "")).toBe(
          text.slice(a, b).replace(/\n/g, ""),
        );
      }),
    );
  });

  it("maps an offset on a line break or blank line to the edge of the nearest paragraph", () => {
    const text = "One\n\n\nTwo";
    const { map } = mapOf(text);
    // doc: <p>One</p><p>Two</p>; "One" is at positions 1..4, "Two" at 6..9.
    expect(map.toPos(3)).toBe(4);
    expect(map.toPos(4)).toBe(6);
    expect(map.toPos(5)).toBe(6);
    expect(map.toPos(6)).toBe(6);
    expect(map.toPos(9)).toBe(9);
    expect(map.toOffset(5)).toBe(6);
    expect(map.toOffset(0)).toBe(0);
  });

  it("keeps every line of the seed articles as a paragraph, with blank lines marked", () => {
    const dir = new URL("../../articles/", import.meta.url);
    for (const name of readdirSync(dir)) {
      const text = normalizeLineEndings(readFileSync(new URL(name, dir), "utf8"));
      const { doc } = articleDocument(text);
      const lines = text.split("\n").filter((line) => line !== "");
      const shown: string[] = [];
      doc.forEach((node) => {
        shown.push(node.textContent);
      });
      expect(shown).toEqual(lines);
    }
  });
});
