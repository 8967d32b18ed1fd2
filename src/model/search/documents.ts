import type { CodePoint } from "../text";
import type { Annotation, Article, Speaker } from "../types";
import { type IndexedField, indexField } from "./indexedField";

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

export function articleDocument(article: Article): SearchDocument {
  return {
    key: documentKey("article", article.id),
    source: { kind: "article", articleId: article.id, textSha256: article.textSha256 },
    fields: [indexField("title", article.title, true), indexField("text", article.text, false)],
  };
}

export function annotationDocument(annotation: Annotation): SearchDocument {
  const fields = [indexField("exact", annotation.exact, true)];
  if (annotation.note.trim() !== "") fields.push(indexField("note", annotation.note, true));
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

export function speakerDocument(speaker: Speaker): SearchDocument {
  return {
    key: documentKey("speaker", speaker.id),
    source: { kind: "speaker", speakerId: speaker.id },
    fields: [
      indexField("name", speaker.name, true),
      ...speaker.aliases.map((alias) => indexField("alias", alias, true)),
    ],
  };
}

/**
 * Whether two documents were made from the same record as it was: same source and same texts (an
 * article's text is known by its hash). A stored document that is not the same as one made from the
 * record now is out of date.
 */
export function sameDocument(a: SearchDocument, b: SearchDocument): boolean {
  return stamp(a) === stamp(b);
}

function stamp(doc: SearchDocument): string {
  return JSON.stringify([doc.key, doc.source, doc.fields.map((f) => [f.name, f.text ?? null])]);
}
