import type { CodePoint } from "./text";

/** The four kinds of span a user can tag, in the order the toolbar and the keys 1–4 offer them. */
export const TAGS = ["quote", "claim", "statistic", "speaker"] as const;

/** The annotator name of the curated layer, agreed from the others' (see Annotation.annotator). */
export const GOLD_LAYER = "gold";
export type Tag = (typeof TAGS)[number];

export const TAG_LABELS: Record<Tag, string> = {
  quote: "Quote",
  claim: "Claim",
  statistic: "Statistic",
  speaker: "Speaker",
};

/**
 * What a span of each tag is, in running text ("Delete speaker mention"). A span tagged speaker is a
 * place where the text names a person, not the person (the speakers panel deletes people), so its
 * name says so.
 */
export const SPAN_NAMES: Record<Tag, string> = {
  quote: "quote",
  claim: "claim",
  statistic: "statistic",
  speaker: "speaker mention",
};

export function isTag(value: unknown): value is Tag {
  return typeof value === "string" && (TAGS as readonly string[]).includes(value);
}

/**
 * What a saved web page says about its article, kept beside the text (never in it). Each is present
 * only when the page gives it; a page says nothing of the kind, a text file nothing at all.
 */
export interface ArticleMetadata {
  /** Who wrote it, as the page names them ("Maria Lopez, Daniel Okafor"), without a leading "By". */
  byline?: string;
  /** When it was published: an ISO 8601 instant in UTC, present only when the page names an instant. */
  publishedAt?: string;
  /** The publication ("The New York Times"). */
  siteName?: string;
  /** The page's address (its canonical link, og:url, or where the browser saved it from); http(s) only. */
  url?: string;
}

/**
 * An article as the reader shows it. `text` is the file decoded as UTF-8 with the BOM dropped and
 * CRLF/CR turned into LF; nothing else is changed, so offsets into it are offsets into what the user saw.
 */
export interface Article extends ArticleMetadata {
  id: string;
  title: string;
  source: string;
  text: string;
  textSha256: string;
}

/** How a quote reports what was said (PARC's and PolNeAR's distinction). */
export const QUOTE_KINDS = ["direct", "indirect", "mixed"] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export const QUOTE_KIND_LABELS: Record<QuoteKind, string> = {
  direct: "Direct",
  indirect: "Indirect",
  mixed: "Mixed",
};

/** What each kind means, where a user chooses one. */
export const QUOTE_KIND_MEANINGS: Record<QuoteKind, string> = {
  direct: "the words as said, in quotation marks",
  indirect: "reported speech, in the writer's words",
  mixed: "reported speech with quoted words inside",
};

export function isQuoteKind(value: unknown): value is QuoteKind {
  return typeof value === "string" && (QUOTE_KINDS as readonly string[]).includes(value);
}

/** A stretch of the article text: code point offsets and the words between them. */
export interface Excerpt {
  start: CodePoint;
  end: CodePoint;
  exact: string;
}

/**
 * One tagged span. `start`/`end` are Unicode code point offsets into the article text, so that
 * `text[start:end] == exact` holds in Python and in the W3C Web Annotation model.
 */
export interface Annotation {
  id: string;
  articleId: string;
  tag: Tag;
  start: CodePoint;
  end: CodePoint;
  exact: string;
  prefix: string;
  suffix: string;
  /** Who said it (quote, claim, statistic) or who is named (speaker span); null while unattributed. */
  speakerId: string | null;
  note: string;
  /**
   * The content's further fragments, after the first (`start`–`end`), in text order and apart from it
   * and each other: "We will win," he said, "and soon." is one quote in two fragments. Absent when the
   * content is one stretch.
   */
  moreFragments?: Excerpt[];
  /** The words that report it ("said", "told reporters", "according to", a colon). */
  cue?: Excerpt;
  /** The words of this article that name who said it ("Mr Obama", "the senator", "he"). */
  source?: Excerpt;
  /** Direct, indirect or mixed speech; absent until proposed or chosen. */
  kind?: QuoteKind;
  /**
   * Whose layer it belongs to: absent for the person using this browser (whatever name they give
   * themselves); another annotator's name for work imported from them; GOLD_LAYER for the curated
   * version. Exports write the user's own name here when they have given one.
   */
  annotator?: string;
  createdAt: string;
  updatedAt: string;
  /**
   * Set when an imported annotation could not be placed in this article's text (the text differs from
   * the one it was made on): its offsets and `exact` are those of the old text. Orphans are listed,
   * exported and can be attached to new text; they are never drawn.
   */
  orphan?: true;
  /**
   * Set when an import placed the annotation in a changed text and its quote or the words around it
   * changed: the quote and context it was made on, shown beside the new ones until the user confirms
   * the place. Kept in this browser; not part of exports.
   */
  review?: PlacementToCheck;
}

/** What an annotation was made on, kept while its new place waits to be checked. */
export interface PlacementToCheck {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Speaker {
  id: string;
  name: string;
  aliases: string[];
}

/** The part of an annotation a user edits after creating it. */
export type AnnotationPatch = Partial<
  Pick<
    Annotation,
    | "tag"
    | "note"
    | "speakerId"
    | "kind"
    | "cue"
    | "source"
    // The content: a change of its fragments may move the first one.
    | "start"
    | "end"
    | "exact"
    | "prefix"
    | "suffix"
    | "moreFragments"
  >
>;

/** The parts of an attribution besides its content, as the reader names them. */
export const ATTRIBUTION_PARTS = ["cue", "source"] as const;
export type AttributionPart = (typeof ATTRIBUTION_PARTS)[number];

/**
 * A suggestion the user turned down, remembered for the text it was made on (by its hash), so that it
 * is not proposed again there. `key` names the suggestion by its content's fragments in code points
 * ("120-180;200-230").
 */
export interface RejectedSuggestion {
  /** `${textSha256} ${key}` */
  id: string;
  textSha256: string;
  key: string;
}

/** An article a curator marked as curated: its gold layer is the agreed version of its annotations. */
export interface Curation {
  articleId: string;
  curatedAt: string;
}
