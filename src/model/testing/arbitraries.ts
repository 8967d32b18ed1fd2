import fc from "fast-check";

/**
 * Generators of messy article text for property tests, shared so that every test of offsets, words and
 * line endings meets the same hazards. Test code only: no app module imports this (Biome refuses it).
 */

/**
 * Characters and short runs that break offset arithmetic or word boundaries: astral characters (an emoji,
 * a CJK letter, a skin-toned emoji, a flag), a precomposed and a combining accent (also on its own),
 * typographic quotes and dashes, odd spaces, digits and punctuation.
 */
const CHARACTERS = [
  "a",
  "Z",
  "é",
  "e\u0301",
  "\u0301",
  "😀",
  "𠀋",
  "👍🏽",
  "🇬🇹",
  "“",
  "”",
  "’",
  "—",
  " ",
  "  ",
  "\u00a0",
  "\t",
  "7",
  "-",
  ".",
];
/** Line breaks as an article's text holds them. */
const LF_BREAKS = ["\n", "\n\n"];
/** Line breaks as files hold them besides LF: CRLF, a lone CR, and CR before CRLF. */
const CR_BREAKS = ["\r\n", "\r", "\r\r\n"];
/** Words of the seed articles, with an accent, an abbreviation's dots and a curly apostrophe. */
const WORDS = ["Harris", "said", "López", "U.S.", "don’t", "migration", "word"];

export interface MessyTextOptions {
  /**
   * "any" (the default) also gives CRLF and lone CR line breaks, as files hold them; "lf" gives no CR
   * at all, as an article's text holds it once its line endings are normalized.
   */
  lineEndings?: "any" | "lf";
  /**
   * Also runs of up to four arbitrary code points: lone surrogate halves and NUL included, which no
   * UTF-8 file can hold but a JavaScript string can.
   */
  malformed?: boolean;
  minPieces?: number;
  /** 50 unless given. */
  maxPieces?: number;
}

/** Text joined from up to `maxPieces` pieces: characters and line breaks, words, and malformed runs if asked. */
export function messyText(options: MessyTextOptions = {}): fc.Arbitrary<string> {
  const lfOnly = options.lineEndings === "lf";
  const pieces: fc.Arbitrary<string>[] = [
    fc.constantFrom(...CHARACTERS, ...LF_BREAKS, ...(lfOnly ? [] : CR_BREAKS)),
    fc.constantFrom(...WORDS),
  ];
  if (options.malformed) {
    const codePoints = fc.string({ unit: "binary", maxLength: 4 });
    pieces.push(lfOnly ? codePoints.filter((s) => !s.includes("\r")) : codePoints);
  }
  return fc
    .array(fc.oneof(...pieces), { minLength: options.minPieces ?? 0, maxLength: options.maxPieces ?? 50 })
    .map((parts) => parts.join(""));
}
