import { type Utf16Range, utf16 } from "../text";
import learned from "./cues.json";

/**
 * Reported speech in one sentence: "Officials said (that) the plan would work", "The plan would work,
 * officials said", "According to Restrepo, the plan would work". The verbs are the cue words annotators
 * marked most often in PolNeAR's training split (cues.json, learned by scripts/learn-cues.mjs), not a
 * list from memory; participles ("saying", "adding") are left out, as their subject is elsewhere.
 */
export interface Reported {
  content: Utf16Range;
  cue: Utf16Range;
  source: Utf16Range;
  confidence: number;
}

/** A cue must have been marked this often in the training data to be trusted on its own. */
const MIN_CUE_COUNT = 20;
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
// What may stand between the verb and what was said: whom it was told to, when, and how.
// A capitalised name after the verb is whom it was told to only after "told" ("told Breitbart News");
// after "said" it is the subject of what was said ("Cook said Carter stopped").
const FILLER =
  "(?:\\s+(?:reporters|me|us|him|her|them)|(?<=\\b(?:told|tells))\\s+(?:the\\s+)?\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)?(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\\s+week|earlier))?(?:\\s+in\\s+an?\\s+(?:statement|interview|email|tweet|speech|post|letter))?";

// An apposition may stand between the subject and the verb ("Restrepo, a senior fellow at the center,
// said").
const APPOSITION = '(?:,[^,.!?“”"]{1,100},)?';
const LEAD = new RegExp(
  `^(?:[^,“”"]*,\\s+)?(${SUBJECT})${APPOSITION}\\s+${AUX}(${VERB})\\b${FILLER}[,:]?\\s+(?=\\S)`,
  "du",
);
const TRAIL = new RegExp(
  `^(.+?)[,”"\\s]+(?:(${SUBJECT})\\s+${AUX}(${VERB})|(${VERB})\\s+(${SUBJECT}))${FILLER}(?:,[^.!?“”"]{1,100})?[.!?]?[”"]?$`,
  "du",
);
const ACCORDING_LEAD = /^([Aa]ccording to)\s+([^,]{2,80}?),\s+(?=\S)/du;
const ACCORDING_TRAIL = /^(.+?),\s+(according to)\s+([^,]{2,80}?)[.!?]?[”"]?$/du;

/** Words needed in what was said: fewer is a fragment of a sentence, not a claim. */
const MIN_CONTENT_WORDS = 4;

export function reportedSpeech(text: string, sentence: Utf16Range): Reported | null {
  const s = text.slice(sentence.start, sentence.end);
  const at = (from: number, to: number): Utf16Range => ({
    start: utf16(sentence.start + from),
    end: utf16(sentence.start + to),
  });
  const contentTo = trimmedEnd(s);
  const ok = (from: number, to: number) => words(s.slice(from, to)) >= MIN_CONTENT_WORDS;

  const according = ACCORDING_LEAD.exec(s);
  if (according?.indices?.[1] && according.indices[2] && ok(according[0].length, contentTo)) {
    const [cue, source] = [according.indices[1], according.indices[2]];
    return {
      content: at(according[0].length, contentTo),
      cue: at(...cue),
      source: at(...source),
      confidence: 0.7,
    };
  }
  const lead = LEAD.exec(s);
  if (
    lead?.indices?.[1] &&
    lead.indices[2] &&
    ok(lead[0].length, contentTo) &&
    !/^[“"]/u.test(s.slice(lead[0].length))
  ) {
    const pronoun = new RegExp(`^${PRONOUN}$`, "u").test(lead[1] ?? "");
    return {
      content: at(lead[0].length, contentTo),
      cue: at(...lead.indices[2]),
      source: at(...lead.indices[1]),
      confidence: pronoun ? 0.6 : 0.7,
    };
  }
  const trailingAccording = ACCORDING_TRAIL.exec(s);
  if (trailingAccording?.indices?.[1] && trailingAccording.indices[2] && trailingAccording.indices[3]) {
    const content = trailingAccording.indices[1];
    if (ok(...content))
      return {
        content: at(...content),
        cue: at(...trailingAccording.indices[2]),
        source: at(...trailingAccording.indices[3]),
        confidence: 0.7,
      };
  }
  const trail = TRAIL.exec(s);
  const content = trail?.indices?.[1];
  const cue = trail?.indices?.[3] ?? trail?.indices?.[4];
  const source = trail?.indices?.[2] ?? trail?.indices?.[5];
  if (content && cue && source && ok(...content) && !/^[“"]/u.test(s)) {
    return {
      content: at(content[0], trimmedEnd(s.slice(0, content[1]))),
      cue: at(...cue),
      source: at(...source),
      confidence: 0.6,
    };
  }
  return null;
}

/** Where a sentence's words end: before its final stop and closing marks. */
function trimmedEnd(s: string): number {
  let end = s.length;
  while (end > 0 && /[\s.!?,;:”"’]/u.test(s.charAt(end - 1))) end--;
  return end;
}

function words(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

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
