import Dexie, { type EntityTable } from "dexie";
import type { ArticleSummary } from "../model/articleSummary";
import type { SearchDocument } from "../model/search/documents";
import type { Annotation, Article, Curation, RejectedSuggestion, Speaker } from "../model/types";

export const DATABASE_NAME = "quote-annotator";

/**
 * The schema history, oldest first. A version once shipped is never edited: a change adds a new entry
 * (with an upgrade function when data must move), so that every database ever written opens in the
 * current app with its data kept.
 */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      // Imported articles only: bundled ones come with the app and are never copied into the database.
      articles: "id, textSha256",
      annotations: "id, articleId, [articleId+start], speakerId, updatedAt",
      speakers: "id, name",
    },
  },
  {
    version: 2,
    stores: {
      // Facts about the whole library, e.g. when it was last fully exported (the backup reminder).
      meta: "key",
    },
  },
  {
    version: 3,
    stores: {
      // Every query by article goes through [articleId+start], which also orders by start; the plain
      // articleId index only made each write slower (an import of 10,000 by about a tenth).
      annotations: "id, [articleId+start], speakerId, updatedAt",
    },
  },
  {
    version: 4,
    stores: {
      // The library search's index (model/search/documents.ts): one document per article, annotation
      // and speaker, by key ("article:<id>", …). Derived from the other tables and rebuilt from them
      // whenever it is missing or out of date, so it never needs an upgrade of its own.
      searchIndex: "key",
    },
  },
  {
    version: 5,
    stores: {
      // Counts read from index keys alone, without the rows: how many annotations of each tag every
      // article has (the library), and which articles every speaker is in (the speaker picker). Read
      // as rows, 30,000 annotations took hundreds of milliseconds on every change.
      annotations: "id, [articleId+start], speakerId, updatedAt, [articleId+tag], [speakerId+articleId]",
    },
  },
  {
    version: 6,
    stores: {
      // What the library lists of each imported article (title, source, word count), without its text:
      // a library of 1,000 articles read every text to show a table. Derived from the articles and
      // brought up to date from them (store/articleSummaries.ts), so it needs no upgrade of its own.
      articleSummaries: "id",
    },
  },
  {
    version: 7,
    stores: {
      // Suggestions the user rejected, by the text they were made on, so that none is proposed again.
      rejectedSuggestions: "id, textSha256",
    },
  },
  {
    version: 8,
    stores: {
      // Which annotators' layers each article has, from index keys alone (the library lists them; an
      // annotation of the user's own layer has no annotator and is in no entry).
      annotations:
        "id, [articleId+start], speakerId, updatedAt, [articleId+tag], [speakerId+articleId], [articleId+annotator]",
      // The articles a curator marked as curated: their gold layer is the agreed version.
      curations: "articleId",
    },
  },
] as const;

export interface MetaEntry {
  /**
   * When everything was last exported (ISO time); whether to ask who said a quote after each tag, and
   * whether to show suggestions ("true"/"false").
   */
  key: "lastFullExportAt" | "askSpeakerAfterTag" | "showSuggestions" | "ownName";
  value: string;
}

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

export class AnnotatorDatabase extends Dexie {
  articles!: EntityTable<Article, "id">;
  annotations!: EntityTable<Annotation, "id">;
  speakers!: EntityTable<Speaker, "id">;
  meta!: EntityTable<MetaEntry, "key">;
  searchIndex!: EntityTable<SearchDocument, "key">;
  articleSummaries!: EntityTable<ArticleSummary, "id">;
  rejectedSuggestions!: EntityTable<RejectedSuggestion, "id">;
  curations!: EntityTable<Curation, "articleId">;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores);
  }
}
