import type { Utf16Range } from "../text";
import { cuesOf } from "./cueModel";
import { cueSpans } from "./cueSpans";
import { tokensOf } from "./tokens";

/**
 * Reported speech and other attributions in one sentence, found by the learned cue model: every word
 * the model takes for a cue, with the content and source its place in the sentence gives it.
 */
export interface Reported {
  content: Utf16Range;
  cue: Utf16Range;
  source?: Utf16Range;
  confidence: number;
}

/** The model's score (a perceptron margin) mapped to 0–1. */
function confidenceOf(score: number): number {
  return 1 / (1 + Math.exp(-score / 2));
}

export function reportedInSentence(text: string, sentence: Utf16Range, threshold = 0): Reported[] {
  const tokens = tokensOf(text, sentence);
  let earlierSource: Utf16Range | undefined;
  return cuesOf(tokens, threshold).flatMap((cue) => {
    const spans = cueSpans(tokens, cue.first, cue.last, earlierSource);
    earlierSource = spans?.source ?? earlierSource;
    if (!spans) return [];
    const first = tokens[cue.first];
    const last = tokens[cue.last];
    if (!first || !last) return [];
    return [
      {
        content: spans.content,
        cue: { start: first.start, end: last.end },
        ...(spans.source ? { source: spans.source } : {}),
        confidence: confidenceOf(cue.score),
      },
    ];
  });
}
