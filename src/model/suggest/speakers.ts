import { speakerOfSource } from "../speakerNames";

/**
 * The person each attribution is said by, in text order: its source when that names someone ("Sen.
 * Ana Ruiz" → "Ana Ruiz"); for "he", "she" or a description ("the senator", "a spokeswoman"), the
 * person an earlier source named last, skipping one the article already calls by the other pronoun;
 * nobody for "they", "I", "we" or "it", which name no one person. Sources are given as their words.
 */
const HE = /^(?:he|him)$/iu;
const SHE = /^(?:she|her)$/iu;
// "the senator", "a spokeswoman for the campaign", "the former governor": a person described.
const DESCRIPTION = /^(?:the|a|an)\s+\p{Ll}/u;

export function speakersOf(sources: readonly (string | undefined)[]): (string | undefined)[] {
  const named: string[] = [];
  const pronounOf = new Map<string, "he" | "she">();
  return sources.map((source) => {
    if (!source) return undefined;
    const words = source.trim();
    const name = speakerOfSource(words, []);
    if (name && "createName" in name) {
      named.push(name.createName);
      return name.createName;
    }
    const pronoun = HE.test(words) ? "he" : SHE.test(words) ? "she" : null;
    if (!pronoun && !DESCRIPTION.test(words)) return undefined;
    for (let i = named.length - 1; i >= 0; i--) {
      const candidate = named[i] as string;
      const known = pronounOf.get(candidate);
      if (pronoun && known && known !== pronoun) continue;
      if (pronoun) pronounOf.set(candidate, pronoun);
      return candidate;
    }
    return undefined;
  });
}
