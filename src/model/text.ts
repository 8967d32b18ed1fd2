/**
 * Offsets into article text. Users and exports see Unicode code points; JavaScript strings, the DOM and
 * ProseMirror count UTF-16 units. The two are different types, so that passing one where the other is
 * meant is a compile error, and conversion happens here, once, through a table of the astral (surrogate
 * pair) characters, so that a 1 MB text converts any offset with a binary search instead of a scan.
 */

declare const unit: unique symbol;

/** An offset in Unicode code points: stored, exported, and what Python's `text[start:end]` counts. */
export type CodePoint = number & { readonly [unit]: "code point" };

/** An offset in UTF-16 code units: what JavaScript strings, the DOM and ProseMirror count. */
export type Utf16 = number & { readonly [unit]: "UTF-16" };

/**
 * Says that `n` counts code points. For numbers that are code points by where they come from (a
 * stored or exported offset, a code point count plus or minus a code point count); anything from a
 * string's own indexes is UTF-16 and converts through `TextOffsets` instead.
 */
export function codePoint(n: number): CodePoint {
  return n as CodePoint;
}

/** Says that `n` counts UTF-16 units: a string's own index or length, or a DOM offset. */
export function utf16(n: number): Utf16 {
  return n as Utf16;
}

/** A span of the text in code points, end exclusive: as annotations store it. */
export interface CodePointSpan {
  start: CodePoint;
  end: CodePoint;
}

/** A span of the text in UTF-16 units, end exclusive: as strings and the reader's view count it. */
export interface Utf16Range {
  start: Utf16;
  end: Utf16;
}

/** The code point span [start, end). */
export function codePointSpan(start: number, end: number): CodePointSpan {
  return { start: codePoint(start), end: codePoint(end) };
}

/** The UTF-16 range [start, end). */
export function utf16Range(start: number, end: number): Utf16Range {
  return { start: utf16(start), end: utf16(end) };
}

export interface TextOffsets {
  /** Length of the text in code points. */
  readonly length: CodePoint;
  toUtf16(codePoint: CodePoint): Utf16;
  /** A UTF-16 offset inside a surrogate pair rounds down to the start of the pair. */
  toCodePoint(utf16: Utf16): CodePoint;
  toUtf16Range(span: CodePointSpan): Utf16Range;
  toCodePointSpan(range: Utf16Range): CodePointSpan;
}

export function textOffsets(text: string): TextOffsets {
  // UTF-16 index of each astral character, ascending.
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        astral.push(i);
        i++;
      }
    }
  }
  const length = text.length - astral.length;
  let toUtf16: (cp: CodePoint) => Utf16;
  let toCodePoint: (u: Utf16) => CodePoint;
  if (astral.length === 0) {
    toUtf16 = (cp) => utf16(clamp(cp, 0, length));
    toCodePoint = (u) => codePoint(clamp(u, 0, text.length));
  } else {
    // Code point index of each astral character: its UTF-16 index less the astral characters before it.
    const astralCodePoints = astral.map((u, i) => u - i);
    toUtf16 = (cp) => {
      const clamped = clamp(cp, 0, length);
      return utf16(clamped + countBelow(astralCodePoints, clamped));
    };
    // Each astral character before `u` took two units for one code point. An offset inside a pair
    // (just after its first unit) counts that pair once, which rounds down to its start.
    toCodePoint = (u) => {
      const clamped = clamp(u, 0, text.length);
      return codePoint(clamped - countBelow(astral, clamped));
    };
  }
  return {
    length: codePoint(length),
    toUtf16,
    toCodePoint,
    toUtf16Range: (span) => ({ start: toUtf16(span.start), end: toUtf16(span.end) }),
    toCodePointSpan: (range) => ({ start: toCodePoint(range.start), end: toCodePoint(range.end) }),
  };
}

/** Number of entries of the ascending array `sorted` that are less than `value`. */
export function countBelow(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function clamp(n: number, min: number, max: number): number {
  return Math.max(min, Math.min(n, max));
}

/**
 * The paragraphs of an article: every non-empty line is one, so captions, bylines and one-line
 * paragraphs keep their place. `blankBefore` says whether an empty line preceded it in the file,
 * which the reader shows as a wider gap than a single line break.
 */
export interface Paragraph extends Utf16Range {
  blankBefore: boolean;
}

export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  // Line breaks since the last paragraph, counting the start of the text as one, so that an empty line
  // before the first paragraph marks it just as an empty line between paragraphs does.
  let newlinesBefore = 1;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (lineEnd > lineStart) {
      paragraphs.push({ start: utf16(lineStart), end: utf16(lineEnd), blankBefore: newlinesBefore > 1 });
      newlinesBefore = 0;
    }
    newlinesBefore++;
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}

/** Index of the paragraph that holds or follows `offset`; `paragraphs.length` if none follows. */
export function paragraphIndexAt(paragraphs: readonly Paragraph[], offset: Utf16): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((paragraphs[mid] as Paragraph).end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words as a reader counts them: runs of letters, digits and marks, joined by apostrophes or hyphens. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu)?.length ?? 0;
}
