import { type Utf16Range, utf16 } from "../text";

// Words with a full stop that end no sentence: titles, initials, abbreviations of news copy.
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "sen",
  "rep",
  "gov",
  "gen",
  "lt",
  "col",
  "sgt",
  "st",
  "jr",
  "sr",
  "inc",
  "corp",
  "co",
  "no",
  "vs",
  "prof",
  "rev",
  "u.s",
  "u.n",
  "u.k",
  "d.c",
  "jan",
  "feb",
  "aug",
  "sept",
  "oct",
  "nov",
  "dec",
]);

/**
 * The sentences of a text, each within one paragraph: a sentence ends at . ! or ? (with any closing
 * quotation mark after it) followed by a space and a capital, a digit or an opening mark, unless the
 * word before the stop is a title or an initial ("Mr. Obama", "John F. Kennedy", "the U.S. said").
 */
export function sentencesOf(text: string): Utf16Range[] {
  const sentences: Utf16Range[] = [];
  let paragraphStart = 0;
  for (const paragraph of text.split("\n")) {
    const base = paragraphStart;
    paragraphStart += paragraph.length + 1;
    let start = firstNonSpace(paragraph, 0);
    const boundary = /[.!?]+[”"’')]*(?=\s+[“"‘(\p{Lu}\p{N}])/gu;
    for (const match of paragraph.matchAll(boundary)) {
      const stop = match.index ?? 0;
      const word = /([\p{L}.]+)$/u.exec(paragraph.slice(Math.max(0, stop - 12), stop))?.[1] ?? "";
      if (match[0].startsWith(".") && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)))
        continue;
      const end = stop + match[0].length;
      if (end > start) sentences.push({ start: utf16(base + start), end: utf16(base + end) });
      start = firstNonSpace(paragraph, end);
    }
    const end = paragraph.trimEnd().length;
    if (end > start) sentences.push({ start: utf16(base + start), end: utf16(base + end) });
  }
  return sentences;
}

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/u.test(text.charAt(i))) i++;
  return i;
}
