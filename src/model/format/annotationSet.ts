import { compareByPosition } from "../annotationOrder";
import type { Annotation, Article, Speaker, Tag } from "../types";

/**
 * Version 1 of the export format, documented in the README. Offsets are Unicode code points into
 * `text`, so `text[start:end] == exact` holds in Python. A later version of the app must keep reading
 * this shape, so it changes only by adding a new version beside it.
 */
export const EXPORT_FORMAT = "quote-annotator";
export const EXPORT_VERSION = 1;

export interface ExportedAnnotationV1 {
  id: string;
  tag: Tag;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  speakerId: string | null;
  note: string;
  createdAt: string;
  updatedAt: string;
}

export interface ExportedArticleV1 {
  id: string;
  title: string;
  source: string;
  textSha256: string;
  text: string;
  annotations: ExportedAnnotationV1[];
  /**
   * Annotations imported from another version of the text that could not be placed in this one. Their
   * offsets and `exact` refer to that other text, so they are kept apart from `annotations`, whose
   * offsets always index `text`. Present only when there are some.
   */
  orphans?: ExportedAnnotationV1[];
}

export interface ExportedSpeakerV1 {
  id: string;
  name: string;
  aliases: string[];
}

export interface ExportV1 {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  speakers: ExportedSpeakerV1[];
  articles: ExportedArticleV1[];
}

export interface ExportInput {
  articles: readonly Article[];
  annotations: readonly Annotation[];
  speakers: readonly Speaker[];
  exportedAt: Date;
}

/**
 * Builds the export of `articles` with their annotations. Annotations of articles not listed are left
 * out; a speaker reference that names no listed speaker is written as null, so that no export ever
 * points at nothing.
 */
export function buildExportV1({ articles, annotations, speakers, exportedAt }: ExportInput): ExportV1 {
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
    speakers: speakers.map((s) => ({ id: s.id, name: s.name, aliases: [...s.aliases] })),
    articles: articles.map((article) => ({
      id: article.id,
      title: article.title,
      source: article.source,
      textSha256: article.textSha256,
      text: article.text,
      ...annotationLists(byArticle.get(article.id) ?? [], speakerIds),
    })),
  };
}

function annotationLists(
  annotations: readonly Annotation[],
  speakerIds: ReadonlySet<string>,
): Pick<ExportedArticleV1, "annotations" | "orphans"> {
  const exported = (a: Annotation): ExportedAnnotationV1 => ({
    id: a.id,
    tag: a.tag,
    start: a.start,
    end: a.end,
    exact: a.exact,
    prefix: a.prefix,
    suffix: a.suffix,
    speakerId: a.speakerId !== null && speakerIds.has(a.speakerId) ? a.speakerId : null,
    note: a.note,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  });
  const sorted = [...annotations].sort(compareByPosition);
  const orphans = sorted.filter((a) => a.orphan).map(exported);
  const placed = sorted.filter((a) => !a.orphan).map(exported);
  return orphans.length ? { annotations: placed, orphans } : { annotations: placed };
}

/** The file name a download of `scope` gets, e.g. `quote-annotator-000_x-2026-11-25.json`. */
export function exportFileName(scope: string, exportedAt: Date): string {
  const safeScope = scope.replace(/[^\p{L}\p{N}_.-]+/gu, "-");
  return `quote-annotator-${safeScope}-${exportedAt.toISOString().slice(0, 10)}.json`;
}
