import { type Paragraph, utf16 } from "../model/text";

/**
 * The blocks the reader's document is made of: every paragraph, and a long one cut into parts. A
 * paragraph is one node, and ProseMirror redraws a node's whole content when a decoration in it
 * changes: on a 200,000-character paragraph with 2,000 highlights, a tag took seconds. Parts of a few
 * thousand characters keep every change local; the reader draws them inline, one after the other, so
 * the paragraph looks as it is.
 */
export interface Block extends Paragraph {
  /** "whole" for a paragraph as it is; otherwise which part of a cut paragraph this is. */
  part: "whole" | "first" | "middle" | "last";
}

/**
 * Parts are about this many UTF-16 units: a screenful of text, small enough that redrawing one costs
 * little, large enough that a long article is not thousands of nodes.
 */
export const PART_LENGTH = 2_000;

const isSpace = (unit: number) => unit === 0x20 || unit === 0x09 || unit === 0xa0 || unit === 0x3000;
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

/**
 * Where to cut `text` between `from` and about `from + length`: after a sentence's end and its space
 * if there is one in the second half of the part, else after a space, else (text with no spaces, such
 * as Chinese) at the length itself, never inside a surrogate pair. Where a cut falls never shows.
 */
function cutAfter(text: string, from: number, length: number): number {
  const limit = from + length;
  let space = -1;
  for (let i = limit; i > from + length / 2; i--) {
    if (!isSpace(text.charCodeAt(i - 1))) continue;
    if (/[.!?”"’)]/.test(text[i - 2] ?? "")) return i;
    if (space < 0) space = i;
  }
  if (space > 0) return space;
  return isHighSurrogate(text.charCodeAt(limit - 1)) ? limit + 1 : limit;
}

/** The blocks of `paragraphs` of `text`: each as it is, or in parts if longer than twice `partLength`. */
export function blocksOf(text: string, paragraphs: readonly Paragraph[], partLength = PART_LENGTH): Block[] {
  const blocks: Block[] = [];
  for (const p of paragraphs) {
    if (p.end - p.start <= 2 * partLength) {
      blocks.push({ ...p, part: "whole" });
      continue;
    }
    let start: number = p.start;
    while (p.end - start > 2 * partLength) {
      const end = cutAfter(text, start, partLength);
      blocks.push({
        start: utf16(start),
        end: utf16(end),
        blankBefore: start === p.start && p.blankBefore,
        part: start === p.start ? "first" : "middle",
      });
      start = end;
    }
    blocks.push({ start: utf16(start), end: p.end, blankBefore: false, part: "last" });
  }
  return blocks;
}
