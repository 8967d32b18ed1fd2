import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateLongArticle, OUTSIDE_BMP, seedParagraphs, sprinkleOutsideBmp } from "./article";
import { seededRandom } from "./random";

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

  it("sprinkles characters outside the BMP between the words, as words of their own", () => {
    const article = generateLongArticle(paragraphs, { ...options, outsideBmpEvery: 30 });
    const chars = Array.from(article.text);
    const astral = chars.filter((c) => c.length === 2);
    expect(astral.length).toBe(article.outsideBmp);
    // About one word in 30, and every one of them among the characters it draws from.
    const words = article.text.split(/\s+/).length;
    expect(article.outsideBmp).toBeGreaterThan(words / 60);
    expect(article.outsideBmp).toBeLessThan(words / 10);
    const known = new Set(OUTSIDE_BMP.flatMap((s) => Array.from(s)));
    expect(astral.every((c) => known.has(c))).toBe(true);
    expect(article.utf8Bytes).toBe(new TextEncoder().encode(article.text).length);
    // Taking the sprinkled characters out gives back seed paragraphs.
    const seeds = new Set(paragraphs);
    const lines = article.text.split("\n").filter((l) => l !== "");
    const plain = (line: string) => OUTSIDE_BMP.reduce((text, s) => text.split(` ${s} `).join(" "), line);
    expect(lines.slice(1).every((line) => seeds.has(plain(line)))).toBe(true);
  });

  it("puts the whole article on one line when asked", () => {
    const article = generateLongArticle(paragraphs, { ...options, layout: "one-line" });
    expect(article.paragraphCount).toBe(1);
    expect(article.text.indexOf("\n")).toBe(article.text.length - 1);
    expect(article.text.startsWith("Bench title ")).toBe(true);
    expect(article.utf8Bytes).toBe(new TextEncoder().encode(article.text).length);
  });
});

describe("sprinkleOutsideBmp", () => {
  it("leaves a paragraph alone when asked for none", () => {
    expect(sprinkleOutsideBmp("a b c", seededRandom(1), 0)).toBe("a b c");
  });

  it("inserts after a space, keeping every word", () => {
    const out = sprinkleOutsideBmp("one two three four five", seededRandom(1), 1);
    expect(out.split(" ").filter((w) => /^[a-z]+$/.test(w))).toEqual(["one", "two", "three", "four", "five"]);
    expect(Array.from(out).filter((c) => c.length === 2).length).toBeGreaterThanOrEqual(4);
  });
});
