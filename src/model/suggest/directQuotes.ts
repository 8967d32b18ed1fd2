import { type Utf16Range, utf16 } from "../text";

/**
 * Quotations in quotation marks, as news copy writes them: “…” or "…" within a paragraph; a quotation
 * running over several paragraphs (each paragraph reopens the mark and only the last closes it) is one
 * span; a mark never closed ends with its paragraph. Single marks are not followed: inside double ones
 * they nest, and elsewhere they are apostrophes as often as quotes. Ranges include the marks, as
 * quote corpora annotate them.
 */
export function quotedSpans(text: string): Utf16Range[] {
  const spans: Utf16Range[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === "\n") {
      if (open < 0) continue;
      // The next paragraph reopening the mark continues the quotation; anything else ends it here.
      let next = i + 1;
      while (text.charAt(next) === "\n" || text.charAt(next) === " ") next++;
      if (text.charAt(next) === "“" || text.charAt(next) === '"') {
        i = next;
        continue;
      }
      spans.push({ start: utf16(open), end: utf16(trimEnd(text, open, i)) });
      open = -1;
    } else if (char === "“" || (char === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((char === "”" || char === '"') && open >= 0) {
      spans.push({ start: utf16(open), end: utf16(i + 1) });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: utf16(open), end: utf16(trimEnd(text, open, text.length)) });
  return spans;
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/u.test(text.charAt(end - 1))) end--;
  return end;
}

/** How many words a span of text holds. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu)?.length ?? 0;
}
