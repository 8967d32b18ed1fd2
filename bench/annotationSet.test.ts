import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Annotation } from "../src/model/types";
import { generateAnnotationSet, generateSpeakers } from "./annotationSet";
import { generateLongArticle, seedParagraphs } from "./article";

const articlesDir = new URL("../articles/", import.meta.url);
const seedTexts = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => readFileSync(new URL(name, articlesDir), "utf8"));
const { text } = generateLongArticle(seedParagraphs(seedTexts), { seed: 3, targetBytes: 80_000, title: "T" });
const speakers = generateSpeakers(3);
const options = {
  articleId: "bench_article",
  text,
  count: 600,
  seed: 4,
  speakers,
  createdFrom: new Date("2026-11-01T09:00:00.000Z"),
};
const rows = generateAnnotationSet(options);

function expectSelectorsExact(source: string, annotations: readonly Annotation[]) {
  const chars = Array.from(source);
  /** Python's text[start:end]. */
  const slice = (start: number, end: number) => chars.slice(start, end).join("");
  for (const a of annotations) {
    expect(slice(a.start, a.end)).toBe(a.exact);
    expect(a.prefix).toBe(slice(Math.max(0, a.start - 32), a.start));
    expect(a.suffix).toBe(slice(a.end, a.end + 32));
  }
}

describe("generateAnnotationSet", () => {
  it("makes the asked number of distinct rows of the article, in the stored shape", () => {
    expect(rows).toHaveLength(600);
    expect(new Set(rows.map((r) => r.id)).size).toBe(600);
    expect(new Set(rows.map((r) => `${r.start}:${r.end}`)).size).toBe(600);
    const first = rows[0] as Annotation;
    expect(Object.keys(first).sort()).toEqual(
      [
        "articleId",
        "createdAt",
        "end",
        "exact",
        "id",
        "note",
        "prefix",
        "speakerId",
        "start",
        "suffix",
        "tag",
        "updatedAt",
      ].sort(),
    );
    expect(rows.every((r) => r.articleId === "bench_article" && r.createdAt === r.updatedAt)).toBe(true);
  });

  it("writes exact, prefix and suffix as code point slices of the text", () => {
    expectSelectorsExact(text, rows);
  });

  it("spans whole words with no space at either end", () => {
    for (const r of rows) {
      expect(r.exact).toBe(r.exact.trim());
      expect(r.exact).toMatch(/^[\p{L}\p{N}]/u);
      expect(r.exact).toMatch(/[\p{L}\p{N}\p{M}]$/u);
    }
  });

  it("mixes every tag and attributes some annotations to known speakers", () => {
    const tags = new Map<string, number>();
    for (const r of rows) tags.set(r.tag, (tags.get(r.tag) ?? 0) + 1);
    for (const tag of ["quote", "claim", "statistic", "speaker"])
      expect(tags.get(tag) ?? 0).toBeGreaterThan(40);
    const ids = new Set(speakers.map((s) => s.id));
    const attributed = rows.filter((r) => r.speakerId !== null);
    expect(attributed.length).toBeGreaterThan(200);
    expect(attributed.every((r) => ids.has(r.speakerId as string))).toBe(true);
  });

  it("nests spans inside others and lets others overlap partly", () => {
    const sorted = [...rows].sort((a, b) => a.start - b.start || b.end - a.end);
    let nested = 0;
    let overlapping = 0;
    for (let i = 0; i < sorted.length; i++) {
      const outer = sorted[i] as Annotation;
      for (let j = i + 1; j < sorted.length && (sorted[j] as Annotation).start < outer.end; j++) {
        const inner = sorted[j] as Annotation;
        if (inner.end <= outer.end) nested++;
        else overlapping++;
      }
    }
    expect(nested).toBeGreaterThan(60);
    expect(overlapping).toBeGreaterThan(30);
  });

  it("is the same set for the same seed", () => {
    expect(generateAnnotationSet(options)).toEqual(rows);
    expect(generateAnnotationSet({ ...options, seed: 5 })[0]).not.toEqual(rows[0]);
  });

  it("counts offsets in code points where the text has characters outside the BMP", () => {
    const emoji = Array.from(
      { length: 40 },
      (_, i) => `Paragraph ${i} 😀 says “we 𝒳 will” ${"word ".repeat(i % 7)}and 🇺🇸 more.`,
    ).join("\n\n");
    const astral = generateAnnotationSet({ ...options, text: emoji, count: 120 });
    const utf16Start = (a: Annotation) => Array.from(emoji).slice(0, a.start).join("").length;
    expect(astral.some((a) => utf16Start(a) !== a.start)).toBe(true);
    expectSelectorsExact(emoji, astral);
  });
});
