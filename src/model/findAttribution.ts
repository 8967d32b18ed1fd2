import { type Utf16Range, utf16 } from "./text";

/**
 * The attribution written next to a quote: its cue (the speech verb, "said", "told", "according to")
 * and its source (the name or pronoun that is the verb's subject), as news copy places them right
 * after the quote ("…yet," said Theresa Brown / "…," Harris said) or right before it (Blinken said
 * "these…" / according to Restrepo, …). Only the words touching the quote count: a name further
 * away is a proposal's business (speakerProposals.ts), not evidence of who said it.
 */
export interface FoundAttribution {
  cue: Utf16Range;
  source: Utf16Range;
  /** The source's words, e.g. "Theresa Brown", "he". */
  sourceText: string;
  /** The source is a pronoun ("he", "she", "they"): the speaker is named earlier. */
  pronoun: boolean;
}

/** The speech verbs the speaker picker looks for; the suggestion engine passes the ones it learned. */
const SPEECH_VERBS =
  "said|says|told|tells|added|adds|stated|asked|explained|noted|wrote|writes|argued|warned|insisted|declared|announced|replied|continued|recalled|acknowledged|claimed|claims|suggested|conceded|predicted|countered";
const PRONOUN = "he|she|they|we|He|She|They|We|I";
const TITLE = "(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev)\\.?\\s+";
// A capitalised word, or an initial ("F."); a full stop after a word ends the sentence, not the name.
const WORD = "\\p{Lu}(?:\\.|[\\p{L}\\p{M}’'-]+)";
// Capitalised words, with "of" or "de" between them ("Secretary of State Antony Blinken").
// A capitalised word that opens a sentence is not part of the name after it ("When Clinton noted").
const NOT_NAME =
  "(?!(?:When|But|And|As|After|If|Then|So|While|Before|Because|Since|Though|Although|Yet|Still)\\s)";
const NAME = `${NOT_NAME}(?:${TITLE})?${WORD}(?:\\s+(?:(?:of|de|la|van|von|der)\\s+)?${WORD})*`;
const SUBJECT = `(${NAME}|${PRONOUN})`;
// "said Tuesday", "told reporters on Monday": when, and to whom, between the verb and the quote.
const WHEN =
  "(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\\s+week))?";
const ADVERB = "(?:\\p{Ll}+ly\\s+|also\\s+|then\\s+|later\\s+|has\\s+|had\\s+)?";

/** The patterns for a set of verbs (an alternation, "said|told|…"), made once per set. */
function patternsFor(verbs: string) {
  return {
    /** After the quote: closing marks and punctuation, then "said Theresa Brown" or "Harris said". */
    afterInverted: new RegExp(`^[”"’'.,!?\\s—–-]*(${verbs})\\s+${SUBJECT}`, "du"),
    afterSubject: new RegExp(`^[”"’'.,!?\\s—–-]*${SUBJECT}\\s+${ADVERB}(${verbs})\\b`, "du"),
    /** Before the quote: "Blinken said", "he told reporters:", "according to Restrepo,". */
    beforeSubject: new RegExp(
      `${SUBJECT}\\s+${ADVERB}(${verbs})(?:\\s+(?:reporters|the\\s+\\p{L}+|\\p{Lu}\\p{L}+))?${WHEN}(?:\\s+(?:in\\s+an?\\s+\\p{L}+))?(?:\\s+that)?[,:]?\\s*[“"‘]?$`,
      "du",
    ),
  };
}
const BEFORE_ACCORDING = new RegExp(`([Aa]ccording\\s+to)\\s+(${NAME})[,:]?\\s*[“"‘]?$`, "du");
const patternCache = new Map<string, ReturnType<typeof patternsFor>>();

/** How far from the quote (UTF-16 units) its cue is looked for, within its paragraph. */
const REACH = 120;

export function findAttribution(
  text: string,
  target: Utf16Range,
  verbs: string = SPEECH_VERBS,
): FoundAttribution | null {
  let patterns = patternCache.get(verbs);
  if (!patterns) {
    patterns = patternsFor(verbs);
    patternCache.set(verbs, patterns);
  }
  const paragraphStart = text.lastIndexOf("\n", target.start - 1) + 1;
  const newline = text.indexOf("\n", target.end);
  const paragraphEnd = newline < 0 ? text.length : newline;
  const after = text.slice(target.end, Math.min(paragraphEnd, target.end + REACH));
  const beforeFrom = Math.max(paragraphStart, target.start - REACH);
  const before = text.slice(beforeFrom, target.start);

  // Each pattern captures the cue and the source; their places come from the match's indices.
  const tries: [RegExpExecArray | null, number, "cue-first" | "source-first"][] = [
    [patterns.afterInverted.exec(after), target.end, "cue-first"],
    [patterns.afterSubject.exec(after), target.end, "source-first"],
    [patterns.beforeSubject.exec(before), beforeFrom, "source-first"],
    [BEFORE_ACCORDING.exec(before), beforeFrom, "cue-first"],
  ];
  for (const [match, base, order] of tries) {
    const [cueGroup, sourceGroup] = order === "cue-first" ? [1, 2] : [2, 1];
    const cue = match?.indices?.[cueGroup];
    const source = match?.indices?.[sourceGroup];
    if (cue && source) return found(text, base + cue[0], base + cue[1], base + source[0], base + source[1]);
  }
  return null;
}

function found(
  text: string,
  cueStart: number,
  cueEnd: number,
  sourceStart: number,
  sourceEnd: number,
): FoundAttribution {
  let end = sourceEnd;
  // A full stop or apostrophe caught at the end of a name ("said Brown.") is not part of it, unless it
  // ends an initial ("John F.").
  while (
    end > sourceStart &&
    /[.’']/u.test(text.charAt(end - 1)) &&
    !/\s\p{Lu}$/u.test(text.slice(sourceStart, end - 1))
  )
    end--;
  const sourceText = text.slice(sourceStart, end);
  return {
    cue: { start: utf16(cueStart), end: utf16(cueEnd) },
    source: { start: utf16(sourceStart), end: utf16(end) },
    sourceText,
    pronoun: new RegExp(`^(?:${PRONOUN})$`, "u").test(sourceText),
  };
}
