import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseBrat } from "../src/model/format/brat";
import { textOffsets } from "../src/model/text";

/**
 * Learns the cue words of the suggestion engine from a brat corpus's annotations (PolNeAR's train
 * split): every Cue span's words, lower case, counted; the ones used at least MIN_COUNT times that
 * are words (not a colon) and not function words go to src/model/suggest/cues.json with their counts.
 * Only the cue words leave the corpus, never its texts.
 */
const MIN_COUNT = 8;
// Words annotators sometimes marked as a cue ("in" a report, "for" them) that would find speech in
// every sentence.
export const FUNCTION_WORDS = new Set([
  "in",
  "on",
  "for",
  "to",
  "of",
  "as",
  "by",
  "with",
  "at",
  "from",
  "is",
  "was",
  "be",
]);

export function learnCues(corpus: string, out: string): void {
  const counts = new Map<string, number>();
  for (const file of readdirSync(join(corpus, "attributions")).filter((n) => n.endsWith(".ann"))) {
    const name = file.replace(/(_[^_]+)?\.ann$/, "");
    const text = readFileSync(join(corpus, "text", `${name}.txt`), "utf8");
    const offsets = textOffsets(text);
    for (const span of parseBrat(readFileSync(join(corpus, "attributions", file), "utf8")).spans) {
      if (span.type !== "Cue") continue;
      const words = span.fragments
        .map((f) => text.slice(offsets.toUtf16(f.start), offsets.toUtf16(f.end)))
        .join(" ")
        .toLowerCase()
        .replace(/[^\p{L}\s']/gu, " ")
        .replace(/\s+/g, " ")
        .trim();
      if (!words || FUNCTION_WORDS.has(words)) continue;
      counts.set(words, (counts.get(words) ?? 0) + 1);
    }
  }
  const cues = [...counts]
    .filter(([, n]) => n >= MIN_COUNT)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const file = {
    origin: `Cue spans of ${corpus.split("/").slice(-3).join("/")}, counted by scripts/learn-cues.mjs; used at least ${MIN_COUNT} times.`,
    cues: Object.fromEntries(cues),
  };
  writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`${cues.length} cues written to ${out}`);
}
