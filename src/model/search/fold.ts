import { type Utf16, type Utf16Range, utf16 } from "../text";

/**
 * Text as search compares it: lower case, accents dropped ("López" is "lopez"), typographic quotes,
 * apostrophes and dashes as their ASCII forms ("don’t" is "don't"), "ß" as "ss", and every run of white
 * space (line breaks and no-break spaces too) as one space. Both finding in an article and searching the
 * library compare folded text with a folded query, so they agree on what matches.
 *
 * Folding changes lengths here and there (a combining accent disappears, a run of spaces becomes one),
 * so a folded text keeps where its offsets were in the original: a few breakpoints, only where the two
 * stop running side by side. Most news text has none.
 */
export interface FoldedText {
  readonly text: string;
  /** The UTF-16 offset in the original text of a boundary (an offset) of the folded text. */
  sourceOffset(folded: number): Utf16;
  /** The original text's range that the folded range [start, end) was folded from. */
  sourceRange(start: number, end: number): Utf16Range;
}

/**
 * Runs that may fold to something else: white space other than one plain space, and anything outside
 * printable ASCII. A plain space between words is most of what a text's runs would be, and copying it
 * with the words around it makes folding a 1 MB article several times faster.
 */
const SPECIAL = /\s\s+|[^\S ]|[^\s\x20-\x7e]+/gu;
const MARKS = /\p{M}/gu;
const PUNCTUATION: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u02bc": "'",
  "\u2032": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u2033": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u00df": "ss",
  "\u03c2": "\u03c3",
};

const foldedChars = new Map<string, string>();

/** One lower-cased character (code point) outside ASCII, folded; remembered, as texts repeat them. */
function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    // Decompose, drop the marks (accents), compose again (Hangul syllables decompose into letters).
    folded = PUNCTUATION[char] ?? char.normalize("NFD").replace(MARKS, "").normalize("NFC");
    foldedChars.set(char, folded);
  }
  return folded;
}

export function foldText(text: string): FoldedText {
  // "İ" is the one character whose lower case is longer (it gains a combining dot); as "i" it keeps the
  // lower-cased text exactly as long as the text, so offsets into one are offsets into the other.
  const lower = text.replace(/\u0130/g, "i").toLowerCase();
  const pieces: string[] = [];
  // Boundaries where folded and source offsets stop running side by side: folded offset, source offset.
  const foldedAt = [0];
  const sourceAt = [0];
  let foldedLength = 0;
  let copiedTo = 0;
  let endsWithSpace = false;
  const emit = (piece: string, sourceEnd: number) => {
    pieces.push(piece);
    foldedLength += piece.length;
    if (piece !== "") endsWithSpace = piece.endsWith(" ");
    const last = foldedAt.length - 1;
    const lastFolded = foldedAt[last] as number;
    if ((sourceAt[last] as number) + (foldedLength - lastFolded) === sourceEnd) return;
    // A boundary with nothing folded since the last breakpoint (accents dropped) moves that breakpoint.
    if (lastFolded === foldedLength) sourceAt[last] = sourceEnd;
    else {
      foldedAt.push(foldedLength);
      sourceAt.push(sourceEnd);
    }
  };
  // Text copied as it is, but for a space right after folded space (an accent dropped between two).
  const copy = (to: number) => {
    if (to <= copiedTo) return;
    if (endsWithSpace && lower.charCodeAt(copiedTo) === 32) emit("", ++copiedTo);
    if (to > copiedTo) emit(lower.slice(copiedTo, to), to);
  };
  for (const match of lower.matchAll(SPECIAL)) {
    const run = match[0];
    const at = match.index;
    copy(at);
    if (/^\s/u.test(run)) {
      // One space for the run; a space right after folded space (accents dropped between) adds nothing.
      emit(endsWithSpace ? "" : " ", at + run.length);
    } else {
      let offset = at;
      for (const char of run) {
        offset += char.length;
        const folded = foldChar(char);
        // A character left on its own by a dropped accent can be a space: keep runs of spaces single.
        emit(folded === " " && endsWithSpace ? "" : folded, offset);
      }
    }
    copiedTo = at + run.length;
  }
  copy(lower.length);
  const folded = pieces.join("");

  const sourceOffset = (offset: number): Utf16 => {
    const clamped = Math.max(0, Math.min(offset, folded.length));
    // The last breakpoint at or before the offset.
    let lo = 0;
    let hi = foldedAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((foldedAt[mid] as number) <= clamped) lo = mid;
      else hi = mid - 1;
    }
    const source = (sourceAt[lo] as number) + (clamped - (foldedAt[lo] as number));
    // Inside a character that folded longer (ß as ss), the offset stops at that character's end.
    const next = sourceAt[lo + 1];
    return utf16(Math.min(source, next ?? text.length));
  };
  return {
    text: folded,
    sourceOffset,
    sourceRange: (start, end) => ({ start: sourceOffset(start), end: sourceOffset(end) }),
  };
}

/** A query as folded text compares it, without spaces at its ends. */
export function foldQuery(query: string): string {
  return foldText(query).text.trim();
}
