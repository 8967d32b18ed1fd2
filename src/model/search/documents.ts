import { contentFragments } from "../attribution";
import type { CodePoint } from "../text";
import type { Annotation, Article, Speaker } from "../types";
import { type FieldName, type IndexedField, indexField } from "./indexedField";

/** What a document of the search index was made from: one record of the library. */
export type SearchSource =
  | { kind: "article"; articleId: string; textSha256: string }
  | {
      kind: "annotation";
      annotationId: string;
      articleId: string;
      speakerId: string | null;
      start: CodePoint;
    }
  | { kind: "speaker"; speakerId: string };

/**
 * One record of the library as the search index holds it, and as the database keeps it: an article
 * (title and text), an annotation (its exact words and its note) or a speaker (name and aliases).
 */
export interface SearchDocument {
  /** "article:<id>", "annotation:<id>" or "speaker:<id>": records of different tables may share an id. */
  key: string;
  source: SearchSource;
  fields: IndexedField[];
}

export function documentKey(kind: SearchSource["kind"], id: string): string {
  return `${kind}:${id}`;
}

/** What a document is made of before its texts are indexed: its key, source, and fields' texts. */
interface DocumentPlan {
  key: string;
  source: SearchSource;
  /** `keep`: the text is kept with the field, for snippets (all but an article's text). */
  fields: { name: FieldName; text: string; keep: boolean }[];
}

function articlePlan(article: Article): DocumentPlan {
  return {
    key: documentKey("article", article.id),
    source: { kind: "article", articleId: article.id, textSha256: article.textSha256 },
    fields: [
      { name: "title", text: article.title, keep: true },
      { name: "text", text: article.text, keep: false },
    ],
  };
}

function annotationPlan(annotation: Annotation): DocumentPlan {
  // Every fragment of the content is searched: a quote's words after its cue are its words too.
  const words = contentFragments(annotation)
    .map((fragment) => fragment.exact)
    .join(" … ");
  const fields: DocumentPlan["fields"] = [{ name: "exact", text: words, keep: true }];
  if (annotation.note.trim() !== "") fields.push({ name: "note", text: annotation.note, keep: true });
  return {
    key: documentKey("annotation", annotation.id),
    source: {
      kind: "annotation",
      annotationId: annotation.id,
      articleId: annotation.articleId,
      speakerId: annotation.speakerId,
      start: annotation.start,
    },
    fields,
  };
}

function speakerPlan(speaker: Speaker): DocumentPlan {
  return {
    key: documentKey("speaker", speaker.id),
    source: { kind: "speaker", speakerId: speaker.id },
    fields: [
      { name: "name", text: speaker.name, keep: true },
      ...speaker.aliases.map((alias) => ({ name: "alias" as const, text: alias, keep: true })),
    ],
  };
}

function documentOf(plan: DocumentPlan): SearchDocument {
  return {
    key: plan.key,
    source: plan.source,
    fields: plan.fields.map((f) => indexField(f.name, f.text, f.keep)),
  };
}

export const articleDocument = (article: Article): SearchDocument => documentOf(articlePlan(article));
export const annotationDocument = (annotation: Annotation): SearchDocument =>
  documentOf(annotationPlan(annotation));
export const speakerDocument = (speaker: Speaker): SearchDocument => documentOf(speakerPlan(speaker));

/**
 * What a document was made from, as a string: a stored document whose stamp differs from the stamp
 * of its record now is out of date. Stamping a record does not index its texts, so checking 10,000
 * annotations at start costs milliseconds. (An article's text is known by its hash instead.)
 */
export function documentStamp(doc: SearchDocument): string {
  return JSON.stringify([doc.key, doc.source, doc.fields.map((f) => [f.name, f.text ?? null])]);
}

export const annotationStamp = (annotation: Annotation): string => planStamp(annotationPlan(annotation));
export const speakerStamp = (speaker: Speaker): string => planStamp(speakerPlan(speaker));

function planStamp(plan: DocumentPlan): string {
  return JSON.stringify([plan.key, plan.source, plan.fields.map((f) => [f.name, f.keep ? f.text : null])]);
}
