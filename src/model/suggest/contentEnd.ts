import { quotedMask } from "./cueFeatures";
import type { Token } from "./tokens";

/**
 * Where what was said ends, learned: of the places a content may end after `from` (a word before a
 * comma, semicolon, dash, colon or closing mark, or the sentence's last word), the one a ranking
 * perceptron scores highest, trained on PolNeAR's train split with the cue model (trainCues.ts). Its
 * features are what follows the place (the mark, the next word and its shape), how far it is from the
 * start, and whether it is inside a quotation.
 */
const BREAKS = new Set([",", ";", "—", "–", ":", ")", "(", "”", '"']);

function shape(t: Token | undefined): string {
  if (!t) return "none";
  if (!t.word) return t.text;
  if (/^\p{Lu}/u.test(t.text)) return "cap";
  if (/^\p{N}/u.test(t.text)) return "num";
  return "low";
}

function bucket(n: number): string {
  return n <= 2 ? String(n) : n <= 5 ? "3-5" : n <= 10 ? "6-10" : n <= 20 ? "11-20" : "21+";
}

/** The token indices a content starting at `from` may end at, in order. */
export function endCandidates(tokens: readonly Token[], from: number): number[] {
  let last = tokens.length - 1;
  while (last >= from && !(tokens[last] as Token).word) last--;
  const ends: number[] = [];
  for (let i = from; i <= last; i++) {
    const t = tokens[i] as Token;
    if (!t.word) continue;
    const next = tokens[i + 1];
    if (i === last || (next && BREAKS.has(next.text))) ends.push(i);
  }
  return ends;
}

export function endFeatures(
  tokens: readonly Token[],
  from: number,
  end: number,
  rank: number,
  quoted: readonly boolean[],
  cue: string,
): string[] {
  const next = tokens[end + 1];
  let after = end + 1;
  while (after < tokens.length && !(tokens[after] as Token).word) after++;
  const word = tokens[after];
  let last = tokens.length - 1;
  while (last > 0 && !(tokens[last] as Token).word) last--;
  const words = tokens.slice(from, end + 1).filter((t) => t.word).length;
  const isLast = end === last;
  return [
    `last=${isLast}`,
    `next=${next?.text ?? "</s>"}`,
    `after=${isLast ? "</s>" : (word?.lower ?? "</s>")}`,
    `next+after=${next?.text ?? "</s>"}|${isLast ? "</s>" : (word?.lower ?? "</s>")}`,
    `next+shape=${next?.text ?? "</s>"}|${shape(word)}`,
    `len=${bucket(words)}`,
    `rank=${bucket(rank)}`,
    `q=${quoted[end] ? 1 : 0}`,
    `last+len=${isLast}|${bucket(words)}`,
    `cue+last=${cue}|${isLast}`,
  ];
}

/** The best end of a content starting at `from`, by `weights`; null when there is no word after it. */
export function bestEnd(
  tokens: readonly Token[],
  from: number,
  cue: string,
  weights: ReadonlyMap<string, number>,
): number | null {
  const quoted = quotedMask(tokens);
  let best: number | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  endCandidates(tokens, from).forEach((end, rank) => {
    let score = 0;
    for (const f of endFeatures(tokens, from, end, rank, quoted, cue)) score += weights.get(f) ?? 0;
    if (score > bestScore) {
      bestScore = score;
      best = end;
    }
  });
  return best;
}
