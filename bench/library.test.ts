import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../src/model/articleFile";
import { generateSpeakers } from "./annotationSet";
import { seedParagraphs } from "./article";
import { generateLibrary } from "./library";

const articlesDir = new URL("../articles/", import.meta.url);
const paragraphs = seedParagraphs(
  readdirSync(articlesDir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => readFileSync(new URL(name, articlesDir), "utf8")),
);

describe("generateLibrary", () => {
  const options = { seed: 5, articles: 40, words: [300, 900] as const, annotationsPerArticle: 7 };
  const library = generateLibrary(paragraphs, { ...options, speakers: generateSpeakers(5) });

  it("makes distinct articles named by their text's hash, each with its annotations", () => {
    expect(library.articles).toHaveLength(40);
    expect(new Set(library.articles.map((a) => a.id)).size).toBe(40);
    for (const article of library.articles) {
      expect(article.textSha256).toBe(sha256Hex(article.text));
      expect(article.id).toBe(`bench_${article.textSha256.slice(0, 16)}`);
      expect(library.annotations.filter((a) => a.articleId === article.id)).toHaveLength(7);
    }
    expect(library.articles[2]?.title.startsWith("3. ")).toBe(true);
  });

  it("gives each body at least the fewest words asked, in seed paragraphs", () => {
    const known = new Set(paragraphs);
    for (const article of library.articles) {
      const [, ...body] = article.text.trim().split("\n\n");
      expect(body.every((p) => known.has(p))).toBe(true);
      expect(body.join(" ").split(/\s+/).length).toBeGreaterThanOrEqual(300);
    }
  });

  it("is the same library for the same seed", () => {
    const again = generateLibrary(paragraphs, { ...options, speakers: generateSpeakers(5) });
    expect(again.articles.map((a) => a.id)).toEqual(library.articles.map((a) => a.id));
  });
});
