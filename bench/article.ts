import { type Random, seededRandom } from "./random";

/**
 * The benchmark's long articles: real paragraphs of the seed articles (`articles/*.txt`), drawn in a
 * seeded shuffled order until the text reaches the target size, so that line lengths, punctuation,
 * quotes and names are those of news text and not of lorem ipsum. Characters outside the Basic
 * Multilingual Plane (emoji, CJK Extension B) are sprinkled between the words, so that every offset the
 * app converts between code points and UTF-16 units meets surrogate pairs all through the text.
 */
export interface LongArticleOptions {
  seed: number;
  /** Size of the text in UTF-8 bytes; the article stops at the first paragraph that reaches it. */
  targetBytes: number;
  title: string;
  /**
   * One line per paragraph with a blank line between (the default), or the whole article, title
   * included, on one line: text pasted from a page that lost its line breaks.
   */
  layout?: "paragraphs" | "one-line";
  /** About one word in this many is followed by a character outside the BMP; 0 for none. */
  outsideBmpEvery?: number;
}

export interface LongArticle {
  text: string;
  /** Lines of text (paragraphs as the reader shows them): 1 for a one-line article. */
  paragraphCount: number;
  utf8Bytes: number;
  /** Code points outside the BMP (each two UTF-16 units). */
  outsideBmp: number;
}

/**
 * Emoji (a face, a newspaper, a thumb with a skin tone, a flag of two regional indicators) and CJK
 * Extension B ideographs and a mathematical letter, which are letters to `\p{L}`, so annotations start
 * and end on them.
 */
export const OUTSIDE_BMP = ["😀", "📰", "👍🏽", "🇺🇦", "𠮷", "𠀋", "𡈽", "𝔸"] as const;

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

/** `paragraph` with a character outside the BMP after about one word in `every`, as its own word. */
export function sprinkleOutsideBmp(paragraph: string, random: Random, every: number): string {
  if (every <= 0) return paragraph;
  return paragraph.replace(/ /g, () => (random.chance(1 / every) ? ` ${random.pick(OUTSIDE_BMP)} ` : " "));
}

export function generateLongArticle(paragraphs: readonly string[], options: LongArticleOptions): LongArticle {
  if (paragraphs.length === 0) throw new Error("no seed paragraphs");
  const random = seededRandom(options.seed);
  const sprinkle = seededRandom(options.seed + 1);
  const encoder = new TextEncoder();
  const separator = options.layout === "one-line" ? " " : "\n\n";
  const parts = [options.title];
  let bytes = encoder.encode(options.title).length;
  while (bytes < options.targetBytes) {
    for (const seed of random.shuffle(paragraphs)) {
      const paragraph = sprinkleOutsideBmp(seed, sprinkle, options.outsideBmpEvery ?? 0);
      parts.push(paragraph);
      bytes += separator.length + encoder.encode(paragraph).length;
      if (bytes >= options.targetBytes) break;
    }
  }
  const text = `${parts.join(separator)}\n`;
  let outsideBmp = 0;
  for (const char of text) if (char.length === 2) outsideBmp++;
  return {
    text,
    paragraphCount: options.layout === "one-line" ? 1 : parts.length,
    utf8Bytes: bytes + 1,
    outsideBmp,
  };
}
