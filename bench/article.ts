import { seededRandom } from "./random";

/**
 * The benchmark's long article: real paragraphs of the seed articles (`articles/*.txt`), drawn in a
 * seeded shuffled order until the text reaches the target size, so that line lengths, punctuation,
 * quotes and names are those of news text and not of lorem ipsum.
 */
export interface LongArticleOptions {
  seed: number;
  /** Size of the text in UTF-8 bytes; the article stops at the first paragraph that reaches it. */
  targetBytes: number;
  title: string;
}

export interface LongArticle {
  text: string;
  paragraphCount: number;
  utf8Bytes: number;
}

/** Every non-empty line of the seed texts, as the reader shows them (one paragraph per line). */
export function seedParagraphs(texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    text
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n")
      .split("\n")
      .filter((line) => line.trim() !== ""),
  );
}

export function generateLongArticle(paragraphs: readonly string[], options: LongArticleOptions): LongArticle {
  if (paragraphs.length === 0) throw new Error("no seed paragraphs");
  const random = seededRandom(options.seed);
  const encoder = new TextEncoder();
  const bytesOf = new Map(paragraphs.map((p) => [p, encoder.encode(p).length]));
  const parts = [options.title];
  let bytes = encoder.encode(options.title).length;
  while (bytes < options.targetBytes) {
    for (const paragraph of random.shuffle(paragraphs)) {
      parts.push(paragraph);
      bytes += 2 + (bytesOf.get(paragraph) ?? 0);
      if (bytes >= options.targetBytes) break;
    }
  }
  const text = `${parts.join("\n\n")}\n`;
  return { text, paragraphCount: parts.length, utf8Bytes: bytes + 1 };
}
