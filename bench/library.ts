import { sha256Hex, titleOf } from "../src/model/articleFile";
import type { Annotation, Article, Speaker } from "../src/model/types";
import { generateAnnotationSet } from "./annotationSet";
import { seededRandom } from "./random";

/**
 * A library of many imported articles, as a newsroom's reader collects them over months: each a title
 * and a run of seed paragraphs (a few hundred to a few thousand words), with some annotations, so the
 * library page counts tags for every row.
 */
export interface LibraryOptions {
  seed: number;
  articles: number;
  /** Words of an article's body, [min, max]. */
  words: readonly [number, number];
  annotationsPerArticle: number;
  speakers: readonly Speaker[];
}

export interface BenchLibrary {
  articles: Article[];
  annotations: Annotation[];
}

export function generateLibrary(paragraphs: readonly string[], options: LibraryOptions): BenchLibrary {
  if (paragraphs.length === 0) throw new Error("no seed paragraphs");
  const random = seededRandom(options.seed);
  const articles: Article[] = [];
  const annotations: Annotation[] = [];
  const wordsOf = (p: string) => p.split(/\s+/).filter(Boolean).length;
  for (let n = 1; n <= options.articles; n++) {
    const target = random.int(options.words[0], options.words[1] + 1);
    const body: string[] = [];
    let words = 0;
    for (let at = random.int(0, paragraphs.length); words < target; at = (at + 1) % paragraphs.length) {
      const paragraph = paragraphs[at] as string;
      body.push(paragraph);
      words += wordsOf(paragraph);
    }
    const lead = (body[0] ?? "").split(/\s+/).slice(0, 8).join(" ");
    const text = `${n}. ${lead}\n\n${body.join("\n\n")}\n`;
    const textSha256 = sha256Hex(text);
    const article: Article = {
      id: `bench_${textSha256.slice(0, 16)}`,
      title: titleOf(text),
      source: `bench/library/article-${String(n).padStart(4, "0")}.txt`,
      text,
      textSha256,
    };
    articles.push(article);
    annotations.push(
      ...generateAnnotationSet({
        articleId: article.id,
        text,
        count: options.annotationsPerArticle,
        seed: options.seed + n,
        speakers: options.speakers,
        createdFrom: new Date("2026-10-01T09:00:00.000Z"),
      }),
    );
  }
  return { articles, annotations };
}
