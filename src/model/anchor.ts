import {
  type CodePoint,
  type CodePointSpan,
  codePoint,
  type TextOffsets,
  type Utf16Range,
  utf16,
} from "./text";

/**
 * Where an annotation sits: a position selector (code point offsets) together with a quote selector
 * (the exact text and up to 32 code points either side), as in the W3C Web Annotation model. The quote
 * lets a later version place the annotation again if the text ever changes.
 */
export interface TextSpan {
  start: CodePoint;
  end: CodePoint;
  exact: string;
  prefix: string;
  suffix: string;
}

export const CONTEXT_CODE_POINTS = 32;

/** The selectors of the code point span [start, end) of `text`. */
export function spanOf(text: string, offsets: TextOffsets, { start, end }: CodePointSpan): TextSpan {
  const from = offsets.toUtf16(start);
  const to = offsets.toUtf16(end);
  const prefixFrom = offsets.toUtf16(codePoint(Math.max(0, start - CONTEXT_CODE_POINTS)));
  const suffixTo = offsets.toUtf16(codePoint(end + CONTEXT_CODE_POINTS));
  return {
    start,
    end,
    exact: text.slice(from, to),
    prefix: text.slice(prefixFrom, from),
    suffix: text.slice(to, suffixTo),
  };
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const WHITESPACE = /^\s$/u;
const MEANINGFUL = /[\p{L}\p{N}]/u;

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** The character (whole code point) that ends just before UTF-16 offset `i`. */
function charBefore(text: string, i: number): string {
  if (i <= 0) return "";
  const len =
    i >= 2 && isLowSurrogate(text.charCodeAt(i - 1)) && isHighSurrogate(text.charCodeAt(i - 2)) ? 2 : 1;
  return text.slice(i - len, i);
}

/** The character (whole code point) that starts at UTF-16 offset `i`. */
function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

/**
 * What a selection means to the annotator: it grows to whole words (a drag that starts or ends inside a
 * word takes the word), then loses the whitespace at either end. Returns null for a selection with no
 * letter or digit in it (only spaces or punctuation), which is no span worth tagging.
 */
export function snapToWords(text: string, range: Utf16Range): Utf16Range | null {
  let start = Math.max(0, Math.min(range.start, range.end, text.length));
  let end = Math.min(text.length, Math.max(range.start, range.end, 0));
  // Never split a surrogate pair.
  if (start > 0 && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1)))
    start--;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1)))
    end++;
  if (start === end) return null;

  while (start > 0 && WORD_CHAR.test(charBefore(text, start)) && WORD_CHAR.test(charAt(text, start))) {
    start -= charBefore(text, start).length;
  }
  while (end < text.length && WORD_CHAR.test(charBefore(text, end)) && WORD_CHAR.test(charAt(text, end))) {
    end += charAt(text, end).length;
  }
  while (start < end && WHITESPACE.test(charAt(text, start))) start += charAt(text, start).length;
  while (end > start && WHITESPACE.test(charBefore(text, end))) end -= charBefore(text, end).length;

  if (!MEANINGFUL.test(text.slice(start, end))) return null;
  return { start: utf16(start), end: utf16(end) };
}
