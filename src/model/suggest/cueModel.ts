import { cueFeatures, quotedMask } from "./cueFeatures";
import model from "./cueModel.json";
import type { Token } from "./tokens";

/**
 * The learned cue model: an averaged perceptron over cueFeatures, trained by `npm run train:cues` on
 * PolNeAR's training split (see cueModel.json's origin). It scores every word that annotators marked
 * as the first word of a cue at least a few times; a positive score says "this opens a cue here".
 */
export interface CueModel {
  origin: string;
  /** Words that may open a cue. */
  vocabulary: string[];
  /** Cues of several words, by their first word ("according" → ["to"]). */
  phrases: Record<string, string[][]>;
  weights: Record<string, number>;
  /** The content-end ranker's weights (contentEnd.ts). */
  contentEnd?: Record<string, number>;
}

const cueModel = model as CueModel;
const vocabulary = new Set(cueModel.vocabulary);
const weights = new Map(Object.entries(cueModel.weights));
/** The content-end ranker's weights, for cueSpans. */
export const contentEndWeights: ReadonlyMap<string, number> = new Map(
  Object.entries(cueModel.contentEnd ?? {}),
);

export interface ScoredCue {
  /** The cue's first and last token in the sentence. */
  first: number;
  last: number;
  score: number;
}

export function isCandidate(token: Token): boolean {
  return token.word && vocabulary.has(token.lower);
}

export function scoreFeatures(features: readonly string[], w: ReadonlyMap<string, number> = weights): number {
  let score = 0;
  for (const f of features) score += w.get(f) ?? 0;
  return score;
}

/** The cues of a sentence the model scores above `threshold`, with their phrases' extent. */
export function cuesOf(tokens: readonly Token[], threshold = 0): ScoredCue[] {
  const quoted = quotedMask(tokens);
  const found: ScoredCue[] = [];
  tokens.forEach((token, i) => {
    if (!isCandidate(token)) return;
    const score = scoreFeatures(cueFeatures(tokens, i, quoted));
    if (score <= threshold) return;
    let last = i;
    for (const rest of cueModel.phrases[token.lower] ?? []) {
      if (rest.every((w, k) => tokens[i + 1 + k]?.lower === w) && i + rest.length > last)
        last = i + rest.length;
    }
    found.push({ first: i, last, score });
  });
  return found;
}
