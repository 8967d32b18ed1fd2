import { countBelow, type Paragraph, paragraphIndexAt } from "../model/text";

/**
 * Between UTF-16 offsets into the article text and ProseMirror positions in its document. Paragraph i
 * opens at position `opens[i]`, and its text starts one position later; the newlines between paragraphs
 * are not in the document, so an offset on a line break maps to the nearest paragraph edge.
 */
export interface PositionMap {
  toPos(utf16: number): number;
  toOffset(pos: number): number;
}

export function positionMap(paragraphs: readonly Paragraph[], textLength: number): PositionMap {
  const opens = new Array<number>(paragraphs.length);
  let pos = 0;
  paragraphs.forEach((p, i) => {
    opens[i] = pos;
    pos += p.end - p.start + 2;
  });
  const docContentEnd = pos;
  return {
    toPos(utf16) {
      const i = paragraphIndexAt(paragraphs, utf16);
      const p = paragraphs[i];
      if (!p) return Math.max(0, docContentEnd - 1);
      const open = opens[i] as number;
      return open + 1 + Math.max(0, utf16 - p.start);
    },
    toOffset(position) {
      // The paragraph that opens at or before `position`.
      const i = Math.max(0, countBelow(opens, position + 1) - 1);
      const p = paragraphs[i];
      if (!p) return textLength;
      const open = opens[i] as number;
      return p.start + Math.min(p.end - p.start, Math.max(0, position - open - 1));
    },
  };
}
