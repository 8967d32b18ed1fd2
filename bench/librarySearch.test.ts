import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  annotationDocument,
  articleDocument,
  type SearchDocument,
  speakerDocument,
} from "../src/model/search/documents";
import { findAll } from "../src/model/search/findInText";
import { foldText } from "../src/model/search/fold";
import { rankHits } from "../src/model/search/hits";
import { SearchIndex } from "../src/model/search/searchIndex";
import type { Article } from "../src/model/types";
import { generateAnnotationSet, generateSpeakers } from "./annotationSet";
import { generateLongArticle, seedParagraphs } from "./article";
import { summarize } from "./stats";

/**
 * How fast the library search is on 1,000 articles of news size (about 6 KB each, made of the seed
 * articles' paragraphs) with 10 annotations each, and how fast finding in a 1 MB article is. Reported,
 * never asserted: timings depend on the machine and its load. Run alone with
 * `npx vitest run bench/librarySearch.test.ts`.
 */
const articlesDir = new URL("../articles/", import.meta.url);
const paragraphs = seedParagraphs(
  readdirSync(articlesDir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => readFileSync(new URL(name, articlesDir), "utf8")),
);

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

function report(label: string, ms: number): void {
  console.log(`${label.padEnd(52)} ${ms.toFixed(2).padStart(9)} ms`);
}

describe("library search on 1,000 generated articles", () => {
  const speakers = generateSpeakers(7);
  const articles: Article[] = Array.from({ length: 1000 }, (_, i) => {
    const { text } = generateLongArticle(paragraphs, {
      seed: 100 + i,
      targetBytes: 6_000,
      title: `Story ${i}`,
    });
    return { id: `gen_${i}`, title: `Story ${i}`, source: `gen/${i}.txt`, text, textSha256: `sha${i}` };
  });
  const annotations = articles.flatMap((a, i) =>
    generateAnnotationSet({
      articleId: a.id,
      text: a.text,
      count: 10,
      seed: 5000 + i,
      speakers,
      createdFrom: new Date("2026-11-20T10:00:00.000Z"),
    }),
  );

  it("reports the time to build the index and to answer queries", { timeout: 120_000 }, () => {
    const built = time(() => [
      ...articles.map(articleDocument),
      ...annotations.map(annotationDocument),
      ...speakers.map(speakerDocument),
    ]);
    const documents: SearchDocument[] = built.value;
    const index = new SearchIndex();
    const filled = time(() => {
      for (const doc of documents) index.put(doc);
    });
    const bytes = articles.reduce((n, a) => n + a.text.length, 0);
    console.log(
      `${articles.length} articles (${(bytes / 1e6).toFixed(1)} M characters), ${annotations.length} annotations, ${speakers.length} speakers`,
    );
    report("documents made (fold, words, offsets)", built.ms);
    report("documents put in the index", filled.ms);
    for (const query of ["harris", "root cau", "giammattei monday", "check the source", "th", "zebra"]) {
      const runs = Array.from({ length: 15 }, () => time(() => rankHits(index, index.matches(query), 50)));
      const last = runs.at(-1)?.value;
      expect(last).toBeDefined();
      report(
        `query “${query}” (median of 15): ${last?.total} matches`,
        summarize(runs.map((r) => r.ms)).median,
      );
    }
  });

  it("reports the time to find in a 1 MB article", () => {
    const { text } = generateLongArticle(paragraphs, { seed: 3, targetBytes: 1_000_000, title: "Long" });
    // Folding happens once per article, when find is first used: the first run is that one.
    const folded = time(() => foldText(text));
    report("fold a 1 MB article, first time in this process", folded.ms);
    const again = Array.from({ length: 5 }, () => time(() => foldText(text)).ms);
    report("fold a 1 MB article (median of 5 more)", summarize(again).median);
    for (const query of ["harris", "e", "root causes"]) {
      const runs = Array.from({ length: 15 }, () => time(() => findAll(folded.value, query)));
      report(
        `find “${query}” (median of 15): ${runs.at(-1)?.value.length} matches`,
        summarize(runs.map((r) => r.ms)).median,
      );
    }
  });
});
