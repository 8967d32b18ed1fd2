import { sha256Hex, titleOf } from "../src/model/articleFile";
import type { Annotation, Article, Speaker } from "../src/model/types";
import { generateAnnotationSet, generateSpeakers } from "./annotationSet";
import { generateLongArticle, seedParagraphs } from "./article";

/** Everything a benchmark run writes into the browser before measuring: one article, its speakers, its annotation sets. */
export interface BenchFixture {
  article: Article;
  paragraphs: number;
  utf8Bytes: number;
  codePoints: number;
  speakers: Speaker[];
  /** Annotation sets by size. */
  sets: Map<number, Annotation[]>;
}

export interface FixtureOptions {
  seed: number;
  targetBytes: number;
  setSizes: readonly number[];
}

export function buildFixture(seedTexts: readonly string[], options: FixtureOptions): BenchFixture {
  const generated = generateLongArticle(seedParagraphs(seedTexts), {
    seed: options.seed,
    targetBytes: options.targetBytes,
    title: `Benchmark article: ${Math.round(options.targetBytes / 1000).toLocaleString("en-US")} kB of seed paragraphs (seed ${options.seed})`,
  });
  const textSha256 = sha256Hex(generated.text);
  // Imported articles are named by a content hash; this one is stored as an imported article would be.
  const article: Article = {
    id: `bench_${textSha256.slice(0, 16)}`,
    title: titleOf(generated.text),
    source: "bench/generated-article.txt",
    text: generated.text,
    textSha256,
  };
  const speakers = generateSpeakers(options.seed);
  const sets = new Map(
    options.setSizes.map((count, i) => [
      count,
      generateAnnotationSet({
        articleId: article.id,
        text: generated.text,
        count,
        seed: options.seed + 1 + i,
        speakers,
        createdFrom: new Date("2026-11-01T09:00:00.000Z"),
      }),
    ]),
  );
  return {
    article,
    paragraphs: generated.paragraphCount,
    utf8Bytes: generated.utf8Bytes,
    codePoints: Array.from(generated.text).length,
    speakers,
    sets,
  };
}
