/**
 * Offsets into article text. Users and exports see Unicode code points; JavaScript strings and the DOM
 * count UTF-16 units. Conversion happens here, once, through a table of the astral (surrogate pair)
 * characters, so that a 1 MB text converts any offset with a binary search instead of a scan.
 */

export interface TextOffsets {
  /** Length of the text in code points. */
  readonly length: number;
  toUtf16(codePoint: number): number;
  /** A UTF-16 offset inside a surrogate pair rounds down to the start of the pair. */
  toCodePoint(utf16: number): number;
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
  if (astral.length === 0) {
    return { length, toUtf16: (cp) => clamp(cp, 0, length), toCodePoint: (u) => clamp(u, 0, text.length) };
  }
  // Code point index of each astral character: its UTF-16 index less the astral characters before it.
  const astralCodePoints = astral.map((u, i) => u - i);
  return {
    length,
    toUtf16(codePoint) {
      const cp = clamp(codePoint, 0, length);
      return cp + countBelow(astralCodePoints, cp);
    },
    toCodePoint(utf16) {
      const u = clamp(utf16, 0, text.length);
      // Each astral character before `u` took two units for one code point. An offset inside a pair
      // (just after its first unit) counts that pair once, which rounds down to its start.
      return u - countBelow(astral, u);
    },
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

/** A span of the text in UTF-16 units, end exclusive. */
export interface Utf16Range {
  start: number;
  end: number;
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
      paragraphs.push({ start: lineStart, end: lineEnd, blankBefore: newlinesBefore > 1 });
      newlinesBefore = 0;
    }
    newlinesBefore++;
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}

/** Index of the paragraph that holds or follows `utf16`; `paragraphs.length` if none follows. */
export function paragraphIndexAt(paragraphs: readonly Paragraph[], utf16: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((paragraphs[mid] as Paragraph).end < utf16) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words as a reader counts them: runs of letters, digits and marks, joined by apostrophes or hyphens. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu)?.length ?? 0;
}
