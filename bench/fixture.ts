import { sha256Hex, titleOf } from "../src/model/articleFile";
import type { Annotation, Article, Speaker } from "../src/model/types";
import { generateAnnotationSet, generateSpeakers } from "./annotationSet";
import { generateLongArticle, seedParagraphs } from "./article";
import type { ArticleSpec } from "./config";
import { type BenchLibrary, generateLibrary, type LibraryOptions } from "./library";
import type { ArticleKey } from "./results";

/** One generated article with its annotation sets by size. */
export interface BenchArticle {
  key: ArticleKey;
  article: Article;
  paragraphs: number;
  utf8Bytes: number;
  codePoints: number;
  outsideBmp: number;
  sets: Map<number, Annotation[]>;
}

/** Everything a benchmark run writes into the browser before measuring. */
export interface BenchFixtures {
  speakers: Speaker[];
  articles: BenchArticle[];
  library: BenchLibrary & { utf8Bytes: number };
}

export interface FixtureOptions {
  seed: number;
  articles: readonly ArticleSpec[];
  outsideBmpEvery: number;
  library: Omit<LibraryOptions, "seed" | "speakers">;
}

export function buildArticle(
  paragraphs: readonly string[],
  spec: ArticleSpec,
  options: { seed: number; outsideBmpEvery: number; speakers: readonly Speaker[] },
): BenchArticle {
  const kB = Math.round(spec.bytes / 1000).toLocaleString("en-US");
  const generated = generateLongArticle(paragraphs, {
    seed: options.seed,
    targetBytes: spec.bytes,
    layout: spec.layout,
    outsideBmpEvery: options.outsideBmpEvery,
    title: `Benchmark article: ${kB} kB of seed paragraphs${spec.layout === "one-line" ? " on one line" : ""} (seed ${options.seed})`,
  });
  const textSha256 = sha256Hex(generated.text);
  // Imported articles are named by a content hash; these are stored as an imported article would be.
  const article: Article = {
    id: `bench_${textSha256.slice(0, 16)}`,
    title: titleOf(generated.text),
    source: `bench/generated-${spec.key}.txt`,
    text: generated.text,
    textSha256,
  };
  const sets = new Map(
    spec.sizes.map((count, i) => [
      count,
      generateAnnotationSet({
        articleId: article.id,
        text: generated.text,
        count,
        seed: options.seed + 1 + i,
        speakers: options.speakers,
        createdFrom: new Date("2026-11-01T09:00:00.000Z"),
      }),
    ]),
  );
  return {
    key: spec.key,
    article,
    paragraphs: generated.paragraphCount,
    utf8Bytes: generated.utf8Bytes,
    codePoints: Array.from(generated.text).length,
    outsideBmp: generated.outsideBmp,
    sets,
  };
}

export function buildFixtures(seedTexts: readonly string[], options: FixtureOptions): BenchFixtures {
  const paragraphs = seedParagraphs(seedTexts);
  const speakers = generateSpeakers(options.seed);
  const articles = options.articles.map((spec, i) =>
    buildArticle(paragraphs, spec, {
      seed: options.seed + 1000 * i,
      outsideBmpEvery: options.outsideBmpEvery,
      speakers,
    }),
  );
  const library = generateLibrary(paragraphs, { ...options.library, seed: options.seed + 77, speakers });
  const encoder = new TextEncoder();
  const utf8Bytes = library.articles.reduce((sum, a) => sum + encoder.encode(a.text).length, 0);
  return { speakers, articles, library: { ...library, utf8Bytes } };
}
