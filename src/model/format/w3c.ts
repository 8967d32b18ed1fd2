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

export type W3cBody = W3cTextualBody | W3cSpeakerBody;

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
  target: W3cTarget;
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
  if (a.note !== "")
    body.push({ type: "TextualBody", purpose: "commenting", value: a.note, format: "text/plain" });
  return {
    id: annotationIri(a.id),
    type: "Annotation",
    created: a.createdAt,
    modified: a.updatedAt,
    motivation: "tagging",
    body,
    target: {
      source: articleIri(article.id),
      ...(article.url === undefined ? {} : { scope: article.url }),
      selector: [
        {
          type: "TextQuoteSelector",
          exact: a.exact,
          ...(a.prefix === "" ? {} : { prefix: a.prefix }),
          ...(a.suffix === "" ? {} : { suffix: a.suffix }),
        },
        { type: "TextPositionSelector", start: a.start, end: a.end },
      ],
    },
  };
}
