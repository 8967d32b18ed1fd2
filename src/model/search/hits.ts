import { type Utf16Range, utf16Range } from "../text";
import { documentKey, type SearchDocument } from "./documents";
import type { FieldMatch, SearchIndex } from "./searchIndex";

/** What a hit is in: a speaker's name or alias, an article's title, a note, an annotation's words, an article's text. */
export type HitKind = "speaker" | "title" | "note" | "quote" | "text";

/** The order in which kinds of hit are listed: the rarer and more deliberate first. */
export const HIT_KINDS: readonly HitKind[] = ["speaker", "title", "note", "quote", "text"];

export interface SearchHit {
  kind: HitKind;
  /** The document and field matched. */
  match: FieldMatch;
  /** Where in the field's text. */
  range: Utf16Range;
  /** The article to open; null for a speaker with no annotations yet. */
  articleId: string | null;
  /** The annotation to open at: the one matched, or for a speaker, one of theirs. */
  annotationId: string | null;
  speakerId: string | null;
  /** Text hits: how many places of the article's text match. Speaker hits: how many annotations are theirs. */
  count: number;
}

export interface RankedHits {
  hits: SearchHit[];
  /** Every place the query occurs, listed or not. */
  total: number;
  /** The articles that have a match in their title, text, annotations or notes. */
  articles: number;
}

/** Annotations listed per speaker whose name matches. */
export const ANNOTATIONS_PER_SPEAKER = 3;

/**
 * The hits of a query, listed by kind (speakers by name, titles, notes, annotations' words, texts),
 * then by article; articles whose text matches come with the most matches first, each with the places
 * the index kept (a few). At most `limit` hits.
 */
export function rankHits(index: SearchIndex, matches: readonly FieldMatch[], limit: number): RankedHits {
  const byKind = new Map<HitKind, SearchHit[]>(HIT_KINDS.map((k) => [k, []]));
  const articles = new Set<string>();
  const speakers = new Map<string, FieldMatch>();
  const texts: FieldMatch[] = [];
  let total = 0;
  for (const match of matches) {
    total += match.count;
    const { source } = match.doc;
    if (source.kind === "speaker") {
      // A name and an alias that both match are one speaker.
      if (!speakers.has(match.doc.key)) speakers.set(match.doc.key, match);
      continue;
    }
    articles.add(source.articleId);
    const kind = kindOf(match);
    if (kind === "text") texts.push(match);
    else byKind.get(kind)?.push(hitOf(kind, match, match.ranges[0], 1));
  }
  const title = (articleId: string | null) =>
    (articleId && index.get(documentKey("article", articleId))?.fields[0]?.text) ?? "";
  const byArticle = (a: SearchHit, b: SearchHit) =>
    title(a.articleId).localeCompare(title(b.articleId)) || placeOf(a.match.doc) - placeOf(b.match.doc);
  for (const kind of ["title", "note", "quote"] as const) byKind.get(kind)?.sort(byArticle);
  const nameOf = (m: FieldMatch) => m.doc.fields[0]?.text ?? "";
  byKind.set(
    "speaker",
    [...speakers.values()]
      .sort((a, b) => nameOf(a).localeCompare(nameOf(b)))
      .flatMap((match) => speakerHits(index, match)),
  );
  texts.sort((a, b) => b.count - a.count || title(articleOf(a)).localeCompare(title(articleOf(b))));
  byKind.set(
    "text",
    texts.flatMap((match) => match.ranges.map((range) => hitOf("text", match, range, match.count))),
  );
  const hits = HIT_KINDS.flatMap((kind) => byKind.get(kind) ?? []).slice(0, limit);
  return { hits, total, articles: articles.size };
}

function kindOf(match: FieldMatch): HitKind {
  switch (match.field.name) {
    case "title":
      return "title";
    case "note":
      return "note";
    case "exact":
      return "quote";
    case "name":
    case "alias":
      return "speaker";
    default:
      return "text";
  }
}

function articleOf(match: FieldMatch): string | null {
  return match.doc.source.kind === "speaker" ? null : match.doc.source.articleId;
}

/** Where an annotation starts in its article, to list an article's annotations in text order. */
function placeOf(doc: SearchDocument): number {
  return doc.source.kind === "annotation" ? doc.source.start : 0;
}

function hitOf(kind: HitKind, match: FieldMatch, range: Utf16Range | undefined, count: number): SearchHit {
  const { source } = match.doc;
  return {
    kind,
    match,
    range: range ?? utf16Range(0, 0),
    articleId: articleOf(match),
    annotationId: source.kind === "annotation" ? source.annotationId : null,
    speakerId: source.kind === "article" ? null : source.speakerId,
    count,
  };
}

/** A speaker whose name matches, as hits on a few of their annotations (by article, then place). */
function speakerHits(index: SearchIndex, match: FieldMatch): SearchHit[] {
  const speakerId = match.doc.source.kind === "speaker" ? match.doc.source.speakerId : null;
  const theirs = speakerId ? index.annotationsOf(speakerId).sort(byPlace) : [];
  const base: SearchHit = { ...hitOf("speaker", match, match.ranges[0], theirs.length), speakerId };
  if (theirs.length === 0) return [base];
  return theirs.slice(0, ANNOTATIONS_PER_SPEAKER).map((doc) => ({
    ...base,
    articleId: doc.source.kind === "annotation" ? doc.source.articleId : null,
    annotationId: doc.source.kind === "annotation" ? doc.source.annotationId : null,
  }));
}

function byPlace(a: SearchDocument, b: SearchDocument): number {
  const [x, y] = [a.source, b.source];
  if (x.kind !== "annotation" || y.kind !== "annotation") return 0;
  return x.articleId.localeCompare(y.articleId) || x.start - y.start;
}
