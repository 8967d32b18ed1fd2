import { compareByPosition } from "../annotationOrder";
import { fieldsOf, pickFields } from "../records";
import type { Annotation, Article, Speaker } from "../types";

/**
 * The export format, documented in the README. Offsets are Unicode code points into `text`, so
 * `text[start:end] == exact` holds in Python. The types below are the version this app writes; they
 * follow the records of `types.ts`, so a field added there is exported (and read back) from here.
 * Files of earlier versions stay readable: `parseAnnotationSet` has a schema for each version and
 * upgrades its data to this shape.
 */
export const EXPORT_FORMAT = "quote-annotator";
export const EXPORT_VERSION = 4;

/**
 * The fields of an annotation that its place in the file says instead: the article it is listed
 * under, and whether it is listed among the article's orphans.
 */
const FIELDS_OF_PLACE = ["articleId", "orphan"] as const;

/**
 * Fields of an annotation that are a step of this library's work, not part of the annotation: a file
 * never carries them.
 */
const FIELDS_OF_THIS_LIBRARY = ["review"] as const;

/** An annotation as a file holds it: every field of the record but those of its place. */
export type ExportedAnnotation = Omit<
  Annotation,
  (typeof FIELDS_OF_PLACE)[number] | (typeof FIELDS_OF_THIS_LIBRARY)[number]
>;

/** The fields of an exported annotation, in the order a file writes them. */
export const EXPORTED_ANNOTATION_FIELDS = fieldsOf<ExportedAnnotation>()([
  "id",
  "tag",
  "start",
  "end",
  "exact",
  "prefix",
  "suffix",
  "moreFragments",
  "cue",
  "source",
  "kind",
  "annotator",
  "speakerId",
  "note",
  "createdAt",
  "updatedAt",
]);

/** Every field of an annotation: the exported ones, then those its place in a file says. */
export const ANNOTATION_FIELDS = fieldsOf<Annotation>()([
  ...EXPORTED_ANNOTATION_FIELDS,
  ...FIELDS_OF_PLACE,
  ...FIELDS_OF_THIS_LIBRARY,
]);

export interface ExportedArticle extends Article {
  annotations: ExportedAnnotation[];
  /**
   * Annotations imported from another version of the text that could not be placed in this one. Their
   * offsets and `exact` refer to that other text, so they are kept apart from `annotations`, whose
   * offsets always index `text`. Present only when there are some.
   */
  orphans?: ExportedAnnotation[];
}

/**
 * The fields of an article, in the order a file writes them (before its annotations). What the page
 * said about itself (version 2 on) comes after the title, where a reader of the file looks for it,
 * and before the long text; each is written only when the article has it.
 */
export const ARTICLE_FIELDS = fieldsOf<Article>()([
  "id",
  "title",
  "byline",
  "publishedAt",
  "siteName",
  "url",
  "source",
  "textSha256",
  "text",
]);

export type ExportedSpeaker = Speaker;

/** The fields of a speaker, in the order a file writes them. */
export const SPEAKER_FIELDS = fieldsOf<Speaker>()(["id", "name", "aliases"]);

/** A whole export file, of the version this app writes. */
export interface AnnotationSet {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  speakers: ExportedSpeaker[];
  articles: ExportedArticle[];
}

/**
 * `annotation` as a file writes it. A speaker reference that names none of `speakerIds` (the speakers
 * the file lists) is written as null, so that no export ever points at nothing.
 */
export function toExported(annotation: Annotation, speakerIds: ReadonlySet<string>): ExportedAnnotation {
  const exported = pickFields(annotation, EXPORTED_ANNOTATION_FIELDS);
  if (exported.speakerId !== null && !speakerIds.has(exported.speakerId)) exported.speakerId = null;
  return exported;
}

/**
 * The annotation an exported one describes, in the article `articleId`. `speakerIdOf` turns the file's
 * speaker ids into the library's (null: no such speaker). Placement (orphan or not) is the caller's.
 */
export function fromExported(
  exported: ExportedAnnotation,
  articleId: string,
  speakerIdOf: (fileSpeakerId: string) => string | null = (id) => id,
): Annotation {
  const { id, ...fields } = pickFields(exported, EXPORTED_ANNOTATION_FIELDS);
  const speakerId = fields.speakerId === null ? null : speakerIdOf(fields.speakerId);
  return { id, articleId, ...fields, speakerId };
}

export interface ExportInput {
  articles: readonly Article[];
  annotations: readonly Annotation[];
  speakers: readonly Speaker[];
  exportedAt: Date;
  /** The name the user gave themselves: their own annotations (no annotator) are written as theirs. */
  ownName?: string | undefined;
}

/**
 * Builds the export of `articles` with their annotations. Annotations of articles not listed are left
 * out; a speaker reference that names no listed speaker is written as null, so that no export ever
 * points at nothing.
 */
export function buildAnnotationSet({
  articles,
  annotations,
  speakers,
  exportedAt,
  ownName,
}: ExportInput): AnnotationSet {
  const byArticle = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const list = byArticle.get(annotation.articleId);
    if (list) list.push(annotation);
    else byArticle.set(annotation.articleId, [annotation]);
  }
  const speakerIds = new Set(speakers.map((s) => s.id));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    speakers: speakers.map((s) => pickFields(s, SPEAKER_FIELDS)),
    articles: articles.map((article) => ({
      ...pickFields(article, ARTICLE_FIELDS),
      ...annotationLists(byArticle.get(article.id) ?? [], speakerIds, ownName),
    })),
  };
}

/**
 * `data` as the user `ownName` reads it: the annotations the file says are theirs (their own work,
 * exported from another browser) are their own again, with no annotator; everyone else's keep theirs.
 */
export function asOwnWork(data: AnnotationSet, ownName: string | undefined): AnnotationSet {
  if (!ownName) return data;
  const own = (a: ExportedAnnotation): ExportedAnnotation => {
    if (a.annotator !== ownName) return a;
    const { annotator: _mine, ...rest } = a;
    return rest;
  };
  return {
    ...data,
    articles: data.articles.map((article) => ({
      ...article,
      annotations: article.annotations.map(own),
      ...(article.orphans ? { orphans: article.orphans.map(own) } : {}),
    })),
  };
}

function annotationLists(
  annotations: readonly Annotation[],
  speakerIds: ReadonlySet<string>,
  ownName: string | undefined,
): Pick<ExportedArticle, "annotations" | "orphans"> {
  const exported = (a: Annotation) =>
    toExported(ownName && a.annotator === undefined ? withAnnotator(a, ownName) : a, speakerIds);
  const sorted = [...annotations].sort(compareByPosition);
  const orphans = sorted.filter((a) => a.orphan).map(exported);
  const placed = sorted.filter((a) => !a.orphan).map(exported);
  return orphans.length ? { annotations: placed, orphans } : { annotations: placed };
}

/** `a` with its annotator set, written in its place among the fields (records keep their key order). */
function withAnnotator(a: Annotation, annotator: string): Annotation {
  return { ...a, annotator };
}

/** The file name a download of `scope` gets, e.g. `quote-annotator-000_x-2026-11-25.json`. */
export function exportFileName(scope: string, exportedAt: Date): string {
  const safeScope = scope.replace(/[^\p{L}\p{N}_.-]+/gu, "-");
  return `quote-annotator-${safeScope}-${exportedAt.toISOString().slice(0, 10)}.json`;
}
