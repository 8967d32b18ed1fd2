import { countBelow, type Paragraph, paragraphIndexAt, type Utf16, utf16 } from "../model/text";
import { PARAGRAPHS_PER_SECTION } from "./schema";

/**
 * Between UTF-16 offsets into the article text and ProseMirror positions in its document. Its blocks
 * (paragraphs, and the parts of a long one: see blocks.ts) are given in order. Block i
 * opens at position `opens[i]`, and its text starts one position later; the newlines between paragraphs
 * are not in the document, so an offset on a line break maps to the nearest paragraph edge. Each
 * section (see schema.ts) adds one position before its first paragraph and one after its last.
 */
export interface PositionMap {
  toPos(offset: Utf16): number;
  toOffset(pos: number): Utf16;
  /** The section that holds (or follows) `offset`: the index of its element among the document's children. */
  sectionAt(offset: Utf16): number;
  readonly sectionCount: number;
}

export function positionMap(
  paragraphs: readonly Paragraph[],
  textLength: number,
  paragraphsPerSection = PARAGRAPHS_PER_SECTION,
): PositionMap {
  const opens = new Array<number>(paragraphs.length);
  let pos = 0;
  paragraphs.forEach((p, i) => {
    if (i % paragraphsPerSection === 0) pos += i === 0 ? 1 : 2;
    opens[i] = pos;
    pos += p.end - p.start + 2;
  });
  if (paragraphs.length > 0) pos += 1;
  const docContentEnd = pos;
  return {
    toPos(offset) {
      const i = paragraphIndexAt(paragraphs, offset);
      const p = paragraphs[i];
      if (!p) return Math.max(0, docContentEnd - 2);
      const open = opens[i] as number;
      return open + 1 + Math.max(0, offset - p.start);
    },
    sectionAt(offset) {
      const i = Math.min(paragraphIndexAt(paragraphs, offset), paragraphs.length - 1);
      return Math.max(0, Math.floor(i / paragraphsPerSection));
    },
    sectionCount: Math.ceil(paragraphs.length / paragraphsPerSection),
    toOffset(position) {
      // The paragraph that opens at or before `position`.
      const i = Math.max(0, countBelow(opens, position + 1) - 1);
      const p = paragraphs[i];
      if (!p) return utf16(textLength);
      const open = opens[i] as number;
      return utf16(p.start + Math.min(p.end - p.start, Math.max(0, position - open - 1)));
    },
  };
}
