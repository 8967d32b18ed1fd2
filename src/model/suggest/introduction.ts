import { type Utf16Range, utf16 } from "../text";
import learned from "./cues.json";

/**
 * The words that introduce a quotation from before it ("Okafor told reporters: “…”") and the speech
 * verbs the engine looks for around quotations: the cue words annotators marked most often in
 * PolNeAR's training split (cues.json, learned by scripts/learn-cues.mjs), not a list from memory;
 * participles ("saying", "adding") are left out, as their subject is elsewhere.
 */

/** A cue must have been marked this often in the training data to be trusted on its own. */
const MIN_CUE_COUNT = 8;
const VERBS = Object.entries(learned.cues as Record<string, number>)
  .filter(([cue, count]) => count >= MIN_CUE_COUNT && /^\p{L}+$/u.test(cue) && !cue.endsWith("ing"))
  .map(([cue]) => cue);
const VERB = `(?:${VERBS.join("|")})`;
/** The learned verbs as an alternation, for findAttribution. */
export const LEARNED_VERBS = VERBS.join("|");
const PRONOUN = "(?:he|she|they|it|we|I|He|She|They|It|We)";
// A subject: a pronoun, or up to six words opening with a capital or a determiner ("the campaign's
// spokesman", "Officials", "Mr. Obama", "a senior aide").
const SUBJECT = `(?:${PRONOUN}|(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|\\p{Lu}[\\p{L}’'./-]*|\\p{Ll}+s)(?:\\s+[\\p{L}\\p{N}’'./-]+){0,5}))`;
const AUX = "(?:(?:has|have|had|also|later|then|previously|once|repeatedly|\\p{Ll}+ly)\\s+)?";

// "Huma Abedin, vice chairwoman of the campaign, told Breitbart News:" right before a quotation, maybe
// in the paragraph before it: the subject, an apposition between commas, the verb, a few words.
const INTRODUCES = new RegExp(
  `(${SUBJECT})(?:,[^,.!?“”"]{1,100},)?\\s+${AUX}(${VERB})\\b[^.!?“”"\\n]{0,60}?[:,.]?\\s*$`,
  "du",
);
/** How far before a quotation (UTF-16 units) the words that introduce it are looked for. */
const INTRODUCTION_REACH = 250;

/**
 * The cue and source that introduce a quotation from before it ("Okafor told reporters: “…”"), when
 * none touches it: the last speech verb with its subject right before the quotation, in its paragraph
 * or at the end of the one before.
 */
export function introduction(
  text: string,
  quoteStart: number,
): { cue: Utf16Range; source: Utf16Range } | null {
  const from = Math.max(0, quoteStart - INTRODUCTION_REACH);
  const before = text.slice(from, quoteStart);
  const match = INTRODUCES.exec(before);
  const source = match?.indices?.[1];
  const cue = match?.indices?.[2];
  if (!source || !cue) return null;
  const at = ([start, end]: [number, number]): Utf16Range => ({
    start: utf16(from + start),
    end: utf16(from + end),
  });
  return { cue: at(cue), source: at(source) };
}
