import { contentFragments } from "../attribution";
import type { AnnotationSet, ExportedAnnotation, ExportedArticle } from "./annotationSet";

/**
 * The export as a W3C Web Annotation Data Model collection (https://www.w3.org/TR/annotation-model/),
 * for tools that speak that standard (Hypothesis, Recogito, annotation servers). It is a view of the
 * JSON export, not a second format to read back: the JSON export stays the one that round-trips.
 *
 * Offsets go out unchanged: the model counts characters of the selected text as code points, as the
 * JSON export does, so `TextPositionSelector` start/end are the export's start/end.
 */
export const W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

export interface W3cTextualBody {
  type: "TextualBody";
  purpose: "tagging" | "commenting";
  value: string;
  format?: "text/plain";
}

/**
 * A speaker is a resource of its own, shared across articles, so it is named by an IRI rather than
 * written as free text; the label carries the name for readers that do not resolve the IRI. The model
 * allows no extension terms without their own context, so this is the plain-vocabulary way to keep
 * the speaker's id.
 */
export interface W3cSpeakerBody {
  type: "SpecificResource";
  purpose: "identifying";
  source: { id: string; label: string };
}

/**
 * Words of the article that play a part in the attribution besides its content: the cue that reports
 * it (purpose `describing`: the words describe how it was said) and the source that names who said it
 * (purpose `identifying`, like the speaker, but a span of the article rather than a speaker's IRI).
 */
export interface W3cExcerptBody {
  type: "SpecificResource";
  purpose: "describing" | "identifying";
  source: string;
  selector: [W3cTextQuoteSelector, W3cTextPositionSelector];
}

/** The quote's kind (direct, indirect, mixed) is a classification of it. */
export interface W3cKindBody {
  type: "TextualBody";
  purpose: "classifying";
  value: string;
}

export type W3cBody = W3cTextualBody | W3cSpeakerBody | W3cExcerptBody | W3cKindBody;

export interface W3cTextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  /** Left out when empty, i.e. when the span starts the text; the model makes it optional. */
  prefix?: string;
  suffix?: string;
}

export interface W3cTextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

/**
 * The source is the article's text, which the selectors count in; `scope` (present when the article
 * came from a web page with a known address) is that page: in the model, the resource that gives the
 * context in which the source was seen. The page itself is not the source, since its HTML is not the
 * text the positions count.
 */
export interface W3cTarget {
  source: string;
  scope?: string;
  selector: [W3cTextQuoteSelector, W3cTextPositionSelector];
}

export interface W3cAnnotation {
  id: string;
  type: "Annotation";
  created: string;
  modified: string;
  motivation: "tagging";
  body: W3cBody[];
  /** One target per fragment of the content: a list when the content has several. */
  target: W3cTarget | W3cTarget[];
}

export interface W3cAnnotationPage {
  id: string;
  type: "AnnotationPage";
  startIndex: 0;
  items: W3cAnnotation[];
}

export interface W3cAnnotationCollection {
  "@context": typeof W3C_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label?: string;
  total: number;
  first: W3cAnnotationPage;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Our ids are not IRIs; a URN under our own prefix makes each one an IRI that names it alone. */
export function annotationIri(id: string): string {
  // RFC 4122 writes urn:uuid in lower case, so the same UUID always gives the same IRI.
  return UUID.test(id)
    ? `urn:uuid:${id.toLowerCase()}`
    : `urn:quote-annotator:annotation:${encodeURIComponent(id)}`;
}

export function articleIri(id: string): string {
  return `urn:quote-annotator:article:${encodeURIComponent(id)}`;
}

export function speakerIri(id: string): string {
  return `urn:quote-annotator:speaker:${encodeURIComponent(id)}`;
}

/**
 * One collection with every placed annotation on a single page. Orphans are left out: their offsets
 * index another version of the text, so a selector built from them would point at the wrong span of
 * `source`. They stay in the JSON export.
 */
export function buildW3cCollection(data: AnnotationSet, label?: string): W3cAnnotationCollection {
  const speakerNames = new Map(data.speakers.map((s) => [s.id, s.name]));
  const items = data.articles.flatMap((article) =>
    article.annotations.map((a) => w3cAnnotation(article, a, speakerNames)),
  );
  const id = `urn:quote-annotator:export:${data.exportedAt}`;
  return {
    "@context": W3C_CONTEXT,
    id,
    type: "AnnotationCollection",
    ...(label === undefined ? {} : { label }),
    total: items.length,
    first: { id: `${id}#page1`, type: "AnnotationPage", startIndex: 0, items },
  };
}

/**
 * Purposes, all from the model's list: the tag is `tagging`; the speaker is `identifying` (for a
 * speaker span the text names that person, for a quote/claim/statistic the body says who the span is
 * by); the note is `commenting`. The annotation's motivation stays `tagging` because the tag is the
 * one body every annotation has.
 */
function w3cAnnotation(
  article: ExportedArticle,
  a: ExportedAnnotation,
  speakerNames: ReadonlyMap<string, string>,
): W3cAnnotation {
  const body: W3cBody[] = [{ type: "TextualBody", purpose: "tagging", value: a.tag }];
  const speakerName = a.speakerId === null ? undefined : speakerNames.get(a.speakerId);
  if (a.speakerId !== null && speakerName !== undefined) {
    body.push({
      type: "SpecificResource",
      purpose: "identifying",
      source: { id: speakerIri(a.speakerId), label: speakerName },
    });
  }
  if (a.kind) body.push({ type: "TextualBody", purpose: "classifying", value: a.kind });
  const source = articleIri(article.id);
  if (a.cue)
    body.push({ type: "SpecificResource", purpose: "describing", source, selector: selectors(a.cue) });
  if (a.source)
    body.push({ type: "SpecificResource", purpose: "identifying", source, selector: selectors(a.source) });
  if (a.note !== "")
    body.push({ type: "TextualBody", purpose: "commenting", value: a.note, format: "text/plain" });
  const scope = article.url === undefined ? {} : { scope: article.url };
  const [first, ...rest] = contentFragments(a).map((fragment, i) => ({
    source,
    ...scope,
    // The first fragment has its context; the others are placed by their position and words.
    selector: selectors(i === 0 ? a : fragment),
  }));
  return {
    id: annotationIri(a.id),
    type: "Annotation",
    created: a.createdAt,
    modified: a.updatedAt,
    motivation: "tagging",
    body,
    target: first && rest.length ? [first, ...rest] : (first as W3cTarget),
  };
}

function selectors(span: {
  start: number;
  end: number;
  exact: string;
  prefix?: string;
  suffix?: string;
}): [W3cTextQuoteSelector, W3cTextPositionSelector] {
  return [
    {
      type: "TextQuoteSelector",
      exact: span.exact,
      ...(span.prefix ? { prefix: span.prefix } : {}),
      ...(span.suffix ? { suffix: span.suffix } : {}),
    },
    { type: "TextPositionSelector", start: span.start, end: span.end },
  ];
}
