import { spanOf } from "../src/model/anchor";
import { textOffsets, utf16 } from "../src/model/text";
import type { Annotation, Speaker, Tag } from "../src/model/types";
import { type Random, seededRandom } from "./random";

/**
 * Annotation sets as a researcher leaves them on a long text: mostly quotes, claims and speaker names,
 * fewer statistics; speaker names and statistics nested inside quotes and claims; some spans that
 * overlap one another; a few that run over a paragraph break. Rows have the shape the app stores,
 * with code point offsets and their quote selectors (exact, prefix, suffix) computed by the app's own
 * `spanOf`, so seeding them is the same as tagging them by hand.
 */
export interface AnnotationSetOptions {
  articleId: string;
  text: string;
  count: number;
  seed: number;
  speakers: readonly Speaker[];
  /** When the first annotation was made; the others follow a few seconds apart. */
  createdFrom: Date;
}

/** Share of each tag among annotations placed on their own. */
export const TAG_MIX: Readonly<Record<Tag, number>> = { quote: 34, claim: 26, statistic: 14, speaker: 26 };

/** How an annotation sits relative to the others. */
const PLACEMENT = { alone: 70, nested: 18, overlapping: 12 } as const;

/** Length in words, [min, max], by tag. */
const WORDS: Readonly<Record<Tag, readonly [number, number]>> = {
  quote: [8, 40],
  claim: [6, 28],
  statistic: [2, 7],
  speaker: [1, 3],
};

const CROSS_PARAGRAPH = 0.03;
const NOTES = ["check the source", "verify figure", "paraphrased elsewhere", "follow up"];

/** Words of the text: UTF-16 start and end, and the line (paragraph) each is in. */
interface Words {
  start: Int32Array;
  end: Int32Array;
  line: Int32Array;
  count: number;
}

export function wordsOf(text: string): Words {
  const starts: number[] = [];
  const ends: number[] = [];
  const lines: number[] = [];
  let line = 0;
  let scanned = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu)) {
    const at = match.index;
    for (let i = text.indexOf("\n", scanned); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) {
      line++;
      scanned = i + 1;
    }
    starts.push(at);
    ends.push(at + match[0].length);
    lines.push(line);
  }
  return {
    start: Int32Array.from(starts),
    end: Int32Array.from(ends),
    line: Int32Array.from(lines),
    count: starts.length,
  };
}

interface Placed {
  tag: Tag;
  firstWord: number;
  lastWord: number;
}

export function generateAnnotationSet(options: AnnotationSetOptions): Annotation[] {
  const { text, count } = options;
  const random = seededRandom(options.seed);
  const words = wordsOf(text);
  if (words.count < 50) throw new Error("the text is too short for an annotation set");
  const offsets = textOffsets(text);
  const placed: Placed[] = [];
  const taken = new Set<string>();
  const rows: Annotation[] = [];

  for (let attempts = 0; rows.length < count; attempts++) {
    if (attempts > count * 20) throw new Error(`could only place ${rows.length} of ${count} annotations`);
    const span = place(random, words, placed);
    if (!span) continue;
    const start = words.start[span.firstWord] as number;
    const end = words.end[span.lastWord] as number;
    const key = `${start}:${end}`;
    if (taken.has(key)) continue;
    taken.add(key);
    placed.push(span);
    const created = new Date(options.createdFrom.getTime() + rows.length * 7_000).toISOString();
    rows.push({
      id: random.uuid(),
      articleId: options.articleId,
      tag: span.tag,
      ...spanOf(text, offsets, offsets.toCodePointSpan({ start: utf16(start), end: utf16(end) })),
      speakerId: speakerOf(random, span.tag, options.speakers),
      note: random.chance(0.1) ? random.pick(NOTES) : "",
      createdAt: created,
      updatedAt: created,
    });
  }
  return rows;
}

function place(random: Random, words: Words, placed: readonly Placed[]): Placed | null {
  const placement = placed.length < 10 ? "alone" : random.weighted(PLACEMENT);
  if (placement === "alone") {
    const tag = random.weighted(TAG_MIX);
    const first = random.int(0, words.count);
    return { tag, firstWord: first, lastWord: extend(random, words, first, lengthOf(random, tag)) };
  }
  const parent = random.pick(placed);
  const parentLength = parent.lastWord - parent.firstWord + 1;
  if (placement === "nested") {
    if (parent.tag === "speaker" || parent.tag === "statistic" || parentLength < 4) return null;
    const tag: Tag =
      parent.tag === "quote" && random.chance(0.2) ? "claim" : random.pick(["speaker", "statistic"]);
    const length = Math.min(lengthOf(random, tag), parentLength - 1);
    const first = parent.firstWord + random.int(0, parentLength - length + 1);
    return { tag, firstWord: first, lastWord: first + length - 1 };
  }
  if (parentLength < 2) return null;
  const tag: Tag = random.pick(["quote", "claim"]);
  const first = parent.firstWord + random.int(1, parentLength);
  const last = extend(random, words, first, Math.max(lengthOf(random, tag), parent.lastWord - first + 2));
  return last > parent.lastWord ? { tag, firstWord: first, lastWord: last } : null;
}

function lengthOf(random: Random, tag: Tag): number {
  const [min, max] = WORDS[tag];
  return random.int(min, max + 1);
}

/** The last word of a span of `length` words from `first`, kept inside its paragraph but for a few. */
function extend(random: Random, words: Words, first: number, length: number): number {
  const last = Math.min(words.count - 1, first + length - 1);
  if (random.chance(CROSS_PARAGRAPH)) return last;
  const line = words.line[first];
  let end = first;
  while (end < last && words.line[end + 1] === line) end++;
  return end;
}

function speakerOf(random: Random, tag: Tag, speakers: readonly Speaker[]): string | null {
  if (speakers.length === 0) return null;
  const attributed = tag === "speaker" ? 0.8 : 0.6;
  return random.chance(attributed) ? random.pick(speakers).id : null;
}

/** The speakers a benchmark library knows, with stable ids for a seed. */
export function generateSpeakers(seed: number): Speaker[] {
  const random = seededRandom(seed);
  const names = [
    ["Kamala Harris", "Harris", "Vice President Kamala Harris"],
    ["Joe Biden", "Biden", "President Joe Biden"],
    ["Alejandro Mayorkas", "Mayorkas"],
    ["Andrés Manuel López Obrador", "López Obrador"],
    ["Alejandro Giammattei", "Giammattei"],
    ["Roberta Jacobson", "Jacobson"],
    ["Ricardo Zúñiga", "Zúñiga"],
    ["Jen Psaki", "Psaki"],
    ["Theresa Brown"],
    ["Symone Sanders", "Sanders"],
    ["Nancy Pelosi", "Pelosi"],
    ["Mitch McConnell", "McConnell"],
  ];
  return names.map(([name, ...aliases]) => ({ id: random.uuid(), name: name ?? "", aliases }));
}
