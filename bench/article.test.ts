import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateLongArticle, seedParagraphs } from "./article";

const articlesDir = new URL("../articles/", import.meta.url);
const seedTexts = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => readFileSync(new URL(name, articlesDir), "utf8"));

describe("seedParagraphs", () => {
  it("takes every non-empty line, with CRLF and a BOM dropped", () => {
    expect(seedParagraphs(["\uFEFFTitle\r\n\r\nFirst.\r\nSecond.\n\n  \n"])).toEqual([
      "Title",
      "First.",
      "Second.",
    ]);
  });
});

describe("generateLongArticle", () => {
  const paragraphs = seedParagraphs(seedTexts);
  const options = { seed: 11, targetBytes: 100_000, title: "Bench title" };

  it("reaches the target size with real seed paragraphs only", () => {
    const article = generateLongArticle(paragraphs, options);
    const bytes = new TextEncoder().encode(article.text).length;
    expect(article.utf8Bytes).toBe(bytes);
    expect(bytes).toBeGreaterThanOrEqual(100_000);
    expect(bytes).toBeLessThan(100_000 + 3_000);
    const lines = article.text.split("\n").filter((l) => l !== "");
    expect(lines[0]).toBe("Bench title");
    expect(lines.length).toBe(article.paragraphCount);
    const known = new Set(paragraphs);
    expect(lines.slice(1).every((line) => known.has(line))).toBe(true);
  });

  it("is the same text for the same seed and another for another seed", () => {
    expect(generateLongArticle(paragraphs, options).text).toBe(generateLongArticle(paragraphs, options).text);
    expect(generateLongArticle(paragraphs, { ...options, seed: 12 }).text).not.toBe(
      generateLongArticle(paragraphs, options).text,
    );
  });
});
