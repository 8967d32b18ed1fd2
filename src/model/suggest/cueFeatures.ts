import type { Token } from "./tokens";

/**
 * What the cue model looks at to tell whether a word opens a cue ("said", "according", "wants"):
 * the word itself, its neighbours and their shapes, where it stands in its sentence, and whether it is
 * inside a quotation. Shared by the training script and the engine, so both see the same features.
 */
const PRONOUNS = new Set(["he", "she", "they", "we", "i", "it", "you", "who"]);

function shape(t: Token | undefined): string {
  if (!t) return "none";
  if (!t.word) return t.text;
  if (PRONOUNS.has(t.lower)) return "pron";
  if (/^\p{N}/u.test(t.text)) return "num";
  if (/^\p{Lu}/u.test(t.text)) return "cap";
  return "low";
}

function bucket(n: number): string {
  return n === 0 ? "0" : n <= 2 ? "1-2" : n <= 5 ? "3-5" : n <= 10 ? "6-10" : "11+";
}

/** Which tokens of a sentence are inside quotation marks (a cue inside a quotation is rarely one). */
export function quotedMask(tokens: readonly Token[]): boolean[] {
  let inside = false;
  return tokens.map((t) => {
    if (t.text === "“") inside = true;
    else if (t.text === "”") inside = false;
    else if (t.text === '"') inside = !inside;
    return inside;
  });
}

export function cueFeatures(tokens: readonly Token[], i: number, quoted: readonly boolean[]): string[] {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const next = tokens[i + 1];
  const next2 = tokens[i + 2];
  const w = t.lower;
  const suffix = w.endsWith("ed") ? "ed" : w.endsWith("ing") ? "ing" : w.endsWith("s") ? "s" : "-";
  const hasQuote = tokens.some((u) => u.text === "“" || u.text === '"' || u.text === "”");
  return [
    "bias",
    `w=${w}`,
    `suf=${suffix}`,
    `p=${prev?.lower ?? "<s>"}`,
    `n=${next?.lower ?? "</s>"}`,
    `w+n=${w}|${next?.lower ?? "</s>"}`,
    `p+w=${prev?.lower ?? "<s>"}|${w}`,
    `ps=${shape(prev)}`,
    `ns=${shape(next)}`,
    `w+ps=${w}|${shape(prev)}`,
    `w+ns=${w}|${shape(next)}`,
    `p2s+ps=${shape(prev2)}|${shape(prev)}`,
    `ns+n2s=${shape(next)}|${shape(next2)}`,
    `w+ns+n2s=${w}|${shape(next)}|${shape(next2)}`,
    `from=${bucket(i)}`,
    `to=${bucket(tokens.length - 1 - i)}`,
    `w+to=${w}|${bucket(tokens.length - 1 - i)}`,
    `q=${quoted[i] ? 1 : 0}`,
    `hq=${hasQuote ? 1 : 0}`,
    `w+hq=${w}|${hasQuote ? 1 : 0}`,
  ];
}
