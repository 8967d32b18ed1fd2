import type { Utf16Range } from "../text";
import { bestEnd } from "./contentEnd";
import { quotedMask } from "./cueFeatures";
import { contentEndWeights } from "./cueModel";
import { AUXILIARY, type Token } from "./tokens";

/**
 * Given a cue in a sentence (its first and last token), the content and source it attributes, as news
 * copy places them: "SOURCE [has] CUE [to whom] [when] [that] CONTENT." or "CONTENT, SOURCE CUE." /
 * "CONTENT, CUE SOURCE." The source is the words before the cue back to the start of its clause.
 */
export interface CueSpans {
  content: Utf16Range;
  source?: Utf16Range;
}

// Where a subject's clause begins, going back from its verb.
const CLAUSE_START = new Set([
  ",",
  ";",
  ":",
  "—",
  "–",
  "(",
  ")",
  "“",
  "”",
  '"',
  "‘",
  "that",
  "as",
  "when",
  "while",
  "because",
  "if",
  "but",
  "and",
  "after",
  "before",
  "since",
  "although",
  "though",
  "where",
  "so",
  "which",
  "or",
]);
// Relative pronouns are sources themselves ("Cruz, who has said …").
const RELATIVE = new Set(["who", "which"]);
// What may stand between a cue and what was said: to whom, when, where, how.
const WHEN = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "yesterday",
  "today",
  "tonight",
  "earlier",
  "later",
  "recently",
  "again",
  "repeatedly",
  "also",
  "publicly",
  "privately",
]);
const TOLD = new Set([
  "told",
  "tells",
  "tell",
  "telling",
  "asked",
  "asks",
  "urged",
  "warned",
  "assured",
  "reminded",
  "informed",
  "convinced",
]);
const OBJECT = new Set([
  "me",
  "us",
  "him",
  "her",
  "them",
  "reporters",
  "supporters",
  "voters",
  "the",
  "a",
  "an",
  "his",
  "their",
  "its",
  "our",
  "my",
]);
const PREPOSITION_PHRASE = new Set([
  "in",
  "on",
  "at",
  "during",
  "with",
  "to",
  "last",
  "this",
  "after",
  "before",
  "via",
  "through",
  "over",
]);
const CONJUNCTION = new Set(["and", "but", "then"]);
// Words that end a sentence's subject: auxiliaries, past forms (regular and the common irregular
// ones), participles, prepositions.
const VERB_LIKE = new RegExp(
  `^(?:has|have|had|is|was|are|were|will|would|can|could|may|might|also|then|\\p{L}+ed|\\p{L}+ing|by|in|on|at|for|to|with|from|after|before|during|${"began became brought built came drew fell felt found gave got went held kept knew led left lost made met paid put ran rose said sat saw sent set spent spoke stood struck took thought told won wrote".replaceAll(" ", "|")})$`,
  "u",
);
// What was said does not open with these: after "said on Thursday during a speech", the quotation
// before the cue is what was said.
const NOT_CONTENT_START = new Set([
  "on",
  "during",
  "at",
  "in",
  "after",
  "before",
  "from",
  "by",
  "while",
  "when",
  "outside",
  "inside",
  "at",
]);
const MIN_CONTENT_WORDS = 3;
const MAX_NAME_WORDS = 6;
const NAME_PARTICLES = new Set(["of", "de", "la", "van", "von", "der", "al", "bin"]);
const MAX_APPOSITION_TOKENS = 30;
const MAX_SUBJECT_TOKENS = 6;
const MAX_SOURCE_TOKENS = 12;
const MAX_FILLER_TOKENS = 10;

const words = (tokens: readonly Token[]) => tokens.filter((t) => t.word).length;
const range = (from: Token, to: Token): Utf16Range => ({ start: from.start, end: to.end });

export function cueSpans(
  tokens: readonly Token[],
  cueFirst: number,
  cueLast: number,
  /** The source of an earlier cue in the sentence, which a participle after a comma shares. */
  earlierSource?: Utf16Range,
): CueSpans | null {
  const last = endOfWhatWasSaid(tokens, cueLast + 1);
  // "… told reporters on Monday:" introduces a quotation, which is the direct engine's.
  if ((tokens[tokens.length - 1] as Token).text === ":") return null;
  const according = (tokens[cueFirst] as Token).lower === "according";
  // "“…,” said Mayor Ana Ruiz." A name alone after the cue is its source, and what was said is before.
  const inverted = tokens.slice(cueLast + 1, last + 1).filter((t) => t.word);
  const nameAfter =
    inverted.length > 0 &&
    inverted.length <= MAX_NAME_WORDS &&
    inverted.every((t) => /^\p{Lu}/u.test(t.text) || NAME_PARTICLES.has(t.lower));
  // "According to a new poll, …": the source is the words after the cue, up to the comma.
  const comma = tokens.findIndex((t, i) => i > cueLast && t.text === ",");
  if (according && comma > cueLast + 1 && comma < tokens.length - 1) {
    const content = trimmed(tokens, comma + 1, endOfWhatWasSaid(tokens, comma + 1));
    if (content)
      return {
        content,
        source: range(tokens[cueLast + 1] as Token, tokens[comma - 1] as Token),
      };
  }
  const contentFrom = afterFiller(tokens, cueLast + 1, last);
  if (
    !according &&
    !nameAfter &&
    contentFrom <= last &&
    !NOT_CONTENT_START.has((tokens[contentFrom] as Token).lower) &&
    words(tokens.slice(contentFrom, last + 1)) >= MIN_CONTENT_WORDS
  ) {
    const source = sourceBefore(tokens, cueFirst, earlierSource);
    // Where it ends: as the learned ranker places it (contentEnd.ts), never past a semicolon, a dash or
    // a clause of the writer's (", which …"); by the rules alone when the model has no ranker.
    const learned =
      contentEndWeights.size > 0
        ? bestEnd(tokens, contentFrom, (tokens[cueFirst] as Token).lower, contentEndWeights)
        : null;
    const end =
      learned !== null &&
      learned <= endOfWhatWasSaid(tokens, cueLast + 1, breaksStrongly) &&
      words(tokens.slice(contentFrom, learned + 1)) >= MIN_CONTENT_WORDS
        ? learned
        : last;
    return {
      content: range(tokens[contentFrom] as Token, tokens[end] as Token),
      ...(source ? { source } : {}),
    };
  }
  // The cue ends the sentence: what was said comes before it, and the source between or after.
  let sourceFrom = cueFirst;
  let source = according ? undefined : sourceBefore(tokens, cueFirst, earlierSource, true);
  if (source) sourceFrom = tokens.findIndex((t) => t.start === source?.start);
  if (!source || sourceFrom === 0) {
    // "…, said Theresa Brown." / "…, according to Politico." The words after the cue are the source.
    const after = tokens.slice(cueLast + 1, last + 1).filter((t) => t.word);
    if (after.length > 0 && after.length <= 8) {
      source = range(after[0] as Token, after[after.length - 1] as Token);
      sourceFrom = cueFirst;
    }
  }
  const content = trimmed(tokens, 0, sourceFrom - 1);
  if (!content) return null;
  return { content, ...(source ? { source } : {}) };
}

// After a comma, words that open a clause of the writer's, not more of what was said (tuned on
// PolNeAR's training split: with the annotated cues, contents end where annotators end them more often).
const CLAUSE_BREAK = new Set(
  "which while whereas however but although though according followed compared and who as when so because after before since then even if where whose until unless despite a an the he she they it i we you".split(
    " ",
  ),
);
// The clause breaks the learned end may not pass: after them the writer speaks again, whatever the
// ranker scores (on a held-out tenth of train it made no difference to F1).
const STRONG_BREAK = new Set(["which", "while", "whereas", "however", "but", "although", "though"]);
function breaksStrongly(next: Token | undefined): boolean {
  return !!next && STRONG_BREAK.has(next.lower);
}

function breaksClause(next: Token | undefined): boolean {
  return !!next && (CLAUSE_BREAK.has(next.lower) || /^\p{Ll}+ing$/u.test(next.text));
}

/**
 * The last token of what was said from `from` on: the sentence's last word, or the last before a
 * semicolon or a dash, or before a comma that opens a clause of the writer's (", which …", ", while
 * …", ", drawing boos"); not inside a quotation, which is the speaker's words whatever they hold.
 */
const CLOSING = new Set(["”", '"']);

function endOfWhatWasSaid(
  tokens: readonly Token[],
  from: number,
  breaks: (next: Token | undefined) => boolean = breaksClause,
): number {
  const quoted = quotedMask(tokens);
  const stop = tokens.findIndex(
    (t, i) =>
      i > from &&
      !quoted[i] &&
      (t.text === ";" ||
        t.text === "—" ||
        (t.text === "," && breaks(tokens[i + 1])) ||
        // A quotation that ends with its comma: “about right,” though …
        (CLOSING.has(t.text) && tokens[i - 1]?.text === "," && breaks(tokens[i + 1]))),
  );
  let last = stop > 0 ? stop - 1 : tokens.length - 1;
  while (last >= from && !(tokens[last] as Token).word) last--;
  return Math.max(last, from - 1);
}

/** The words from `from` to `to`, without punctuation at either end; null when too few. */
function trimmed(tokens: readonly Token[], from: number, to: number): Utf16Range | null {
  let [a, b] = [from, to];
  while (a < b && !(tokens[a] as Token).word) a++;
  while (b >= a && b >= 0 && !(tokens[b] as Token).word) b--;
  if (b < a || words(tokens.slice(a, b + 1)) < MIN_CONTENT_WORDS) return null;
  return range(tokens[a] as Token, tokens[b] as Token);
}

/** The first token of what was said after a cue: past whom it was told to, when, and "that". */
function afterFiller(tokens: readonly Token[], from: number, last: number): number {
  let i = from;
  const cue = tokens[from - 1] as Token;
  const limit = Math.min(last, from + MAX_FILLER_TOKENS);
  // "told reporters", "told the Associated Press", "asked Clinton": the one told.
  if (TOLD.has(cue.lower)) {
    const that = tokens
      .slice(i, limit + 1)
      .findIndex((t) => t.lower === "that" || t.text === "," || t.text === ":");
    if (that >= 0) i += that;
    else if (OBJECT.has((tokens[i] as Token).lower) || /^\p{Lu}/u.test((tokens[i] as Token).text)) {
      i++;
      while (i <= limit && /^\p{Lu}/u.test((tokens[i] as Token).text)) i++;
    }
  }
  for (;;) {
    const t = tokens[i];
    if (!t || i > limit) break;
    // "that" opens what was said, as annotators mark it ("said that the bridge …").
    if (t.lower === "that") break;
    if (WHEN.has(t.lower) || t.text === "," || t.text === ":" || t.text === "—") {
      i++;
      continue;
    }
    // "in a statement", "on Twitter", "in an interview with CNN", "last week".
    if (PREPOSITION_PHRASE.has(t.lower)) {
      const stop = tokens.slice(i + 1, limit + 1).findIndex((u) => u.text === "," || u.lower === "that");
      if (stop >= 0 && stop <= 6) {
        i += stop + 1;
        continue;
      }
    }
    break;
  }
  return i;
}

/**
 * The subject before a cue: back over auxiliaries, then to where its clause begins; past an
 * apposition between commas ("Cox, who runs the lobbying arm, says"); and for a participle after a
 * comma or a verb after "and" ("…, citing", "and then said"), the subject of the sentence.
 */
function sourceBefore(
  tokens: readonly Token[],
  cueFirst: number,
  earlierSource: Utf16Range | undefined,
  trailing = false,
): Utf16Range | undefined {
  let end = cueFirst - 1;
  while (end >= 0 && AUXILIARY.has((tokens[end] as Token).lower)) end--;
  if (end < 0) return undefined;
  const cue = tokens[cueFirst] as Token;
  let endToken = tokens[end] as Token;
  const shared = endToken.text === "," ? cue.lower.endsWith("ing") : CONJUNCTION.has(endToken.lower);
  if (shared && !trailing) return earlierSource ?? sentenceSubject(tokens, end);
  if (endToken.text === "," && !trailing) {
    let open = end - 1;
    while (open > 0 && end - open < MAX_APPOSITION_TOKENS && (tokens[open] as Token).text !== ",") open--;
    if (open <= 0 || (tokens[open] as Token).text !== ",") return undefined;
    end = open - 1;
    endToken = tokens[end] as Token;
  }
  if (!endToken.word) return undefined;
  let start = end;
  while (start > 0 && end - start < MAX_SOURCE_TOKENS) {
    const t = tokens[start] as Token;
    if (RELATIVE.has(t.lower)) break;
    const prev = tokens[start - 1] as Token;
    if (CLAUSE_START.has(prev.lower)) break;
    start--;
  }
  return range(tokens[start] as Token, endToken);
}

/** The words that open a sentence up to its first verb-like word: its subject, roughly. */
function sentenceSubject(tokens: readonly Token[], before: number): Utf16Range | undefined {
  let start = 0;
  while (start < before && !(tokens[start] as Token).word) start++;
  let end = start;
  while (end + 1 < before && end - start < MAX_SUBJECT_TOKENS) {
    const next = tokens[end + 1] as Token;
    if (!next.word || (/^\p{Ll}/u.test(next.text) && VERB_LIKE.test(next.lower))) break;
    end++;
  }
  const first = tokens[start];
  return first?.word ? range(first, tokens[end] as Token) : undefined;
}
