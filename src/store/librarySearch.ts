import Dexie, { type ObservabilitySet } from "dexie";
import {
  annotationDocument,
  annotationStamp,
  articleDocument,
  documentKey,
  documentStamp,
  type SearchDocument,
  speakerDocument,
  speakerStamp,
} from "../model/search/documents";
import { rankHits } from "../model/search/hits";
import { resultItems, type SearchResults } from "../model/search/results";
import { SearchIndex } from "../model/search/searchIndex";
import type { Article } from "../model/types";
import { changedKeys } from "./changedKeys";
import type { AnnotatorDatabase } from "./schema";

/** How far the first build of the index is: records (articles, annotations, speakers) indexed of those to index. */
export interface IndexProgress {
  indexed: number;
  total: number;
}

export interface LibrarySearchOptions {
  /** The articles shipped with the app, which are not in the database. */
  bundled: readonly Article[];
  onProgress?(progress: IndexProgress): void;
  onError?(error: unknown): void;
}

export interface LibrarySearch {
  /** The hits of a query, at most `limit`, from what is indexed so far. */
  search(query: string, limit: number): Promise<SearchResults>;
  /** Resolves once the index has caught up with every change seen so far. */
  idle(): Promise<void>;
  stop(): void;
}

/** Articles indexed between two writes to the index table and two reports of progress. */
const ARTICLES_PER_BATCH = 25;
/** Annotations and speakers indexed between two writes and two reports: they are short. */
const RECORDS_PER_BATCH = 500;
const TABLES = ["articles", "annotations", "speakers"] as const;
type Table = (typeof TABLES)[number];

/**
 * The library search, kept in step with the library. The index (model/search) lives in memory and in
 * the database's searchIndex table, one document per article, annotation and speaker. On start it
 * reads the stored documents, then makes those that are missing or out of date (all of them the first
 * time, with progress); after that it follows Dexie's storage events, which name the keys each write
 * touched in any tab, and makes again only those documents. Runs in a worker (workers/search.worker.ts).
 */
export function startLibrarySearch(db: AnnotatorDatabase, options: LibrarySearchOptions): LibrarySearch {
  const index = new SearchIndex();
  const bundled = new Map(options.bundled.map((a) => [a.id, a]));
  let stopped = false;
  // The stored index, read back first: queries wait for it rather than find nothing in an empty index.
  const loaded = db.searchIndex.toArray().then((rows) => {
    for (const doc of rows) index.put(doc);
  });
  // What changed and is not indexed yet: some keys of each table, or everything.
  let pendingAll = true;
  const pending: Record<Table, Set<string>> = {
    articles: new Set(),
    annotations: new Set(),
    speakers: new Set(),
  };
  let working: Promise<void> | null = null;

  const work = async () => {
    while (!stopped && (pendingAll || TABLES.some((t) => pending[t].size > 0))) {
      if (pendingAll) {
        pendingAll = false;
        for (const table of TABLES) pending[table].clear();
        await catchUpWithLibrary();
      } else {
        const keys = Object.fromEntries(TABLES.map((t) => [t, [...pending[t]]])) as Record<Table, string[]>;
        for (const table of TABLES) pending[table].clear();
        await indexChanged(keys);
      }
    }
  };
  const schedule = () => {
    if (working || stopped) return;
    working = work()
      .catch((error: unknown) => {
        if (!stopped) options.onError?.(error);
      })
      .finally(() => {
        working = null;
        // A change that came in as the last pass ended.
        if (pendingAll || TABLES.some((t) => pending[t].size > 0)) schedule();
      });
  };

  /** Puts documents in memory and in the table, and removes others from both. */
  const save = async (put: readonly SearchDocument[], remove: readonly string[]) => {
    if (stopped || (put.length === 0 && remove.length === 0)) return;
    await db.transaction("rw", db.searchIndex, async () => {
      if (remove.length > 0) await db.searchIndex.bulkDelete([...remove]);
      if (put.length > 0) await db.searchIndex.bulkPut([...put]);
    });
    for (const key of remove) index.remove(key);
    for (const doc of put) index.put(doc);
  };

  /** Makes every missing or out-of-date document, and removes those of records that are gone. */
  const catchUpWithLibrary = async () => {
    await loaded;
    const { stale, toIndex } = await articlesOutOfDate();
    const annotations = outOfDate("annotation", await db.annotations.toArray(), annotationStamp);
    const speakers = outOfDate("speaker", await db.speakers.toArray(), speakerStamp);
    await save([], [...stale, ...annotations.gone, ...speakers.gone]);
    const small = [...annotations.changed.map(annotationDocument), ...speakers.changed.map(speakerDocument)];
    const total = small.length + toIndex.length;
    let indexed = 0;
    options.onProgress?.({ indexed, total });
    for (let i = 0; i < small.length && !stopped; i += RECORDS_PER_BATCH) {
      const batch = small.slice(i, i + RECORDS_PER_BATCH);
      await save(batch, []);
      indexed += batch.length;
      options.onProgress?.({ indexed, total });
    }
    for (let i = 0; i < toIndex.length && !stopped; i += ARTICLES_PER_BATCH) {
      const ids = toIndex.slice(i, i + ARTICLES_PER_BATCH);
      await save((await articlesOf(ids)).map(articleDocument), []);
      indexed += ids.length;
      options.onProgress?.({ indexed, total });
    }
  };

  /** Articles whose document is missing or made from another text, and documents of articles gone. */
  const articlesOutOfDate = async () => {
    // Imported articles by id and text hash, read from the hash index without their texts.
    const library = new Map([...bundled.values()].map((a) => [a.id, a.textSha256]));
    await db.articles.orderBy("textSha256").eachKey((sha, cursor) => {
      library.set(String(cursor.primaryKey), String(sha));
    });
    const stale: string[] = [];
    for (const doc of index.documentsList())
      if (doc.source.kind === "article" && library.get(doc.source.articleId) !== doc.source.textSha256)
        stale.push(doc.key);
    const toIndex: string[] = [];
    for (const [id, sha] of library) {
      const doc = index.get(documentKey("article", id));
      if (doc?.source.kind !== "article" || doc.source.textSha256 !== sha) toIndex.push(id);
    }
    return { stale, toIndex };
  };

  /** Records of one kind whose document is missing or out of date, and documents whose record is gone. */
  const outOfDate = <T extends { id: string }>(
    kind: "annotation" | "speaker",
    records: readonly T[],
    stampOf: (record: T) => string,
  ) => {
    const keys = new Set(records.map((r) => documentKey(kind, r.id)));
    const gone = [...index.documentsList()].filter((d) => d.source.kind === kind && !keys.has(d.key));
    const changed = records.filter((record) => {
      const stored = index.get(documentKey(kind, record.id));
      return !stored || documentStamp(stored) !== stampOf(record);
    });
    return { changed, gone: gone.map((d) => d.key) };
  };

  const articlesOf = async (ids: readonly string[]): Promise<Article[]> => {
    const fromDb = ids.filter((id) => !bundled.has(id));
    const rows = fromDb.length > 0 ? await db.articles.bulkGet(fromDb) : [];
    const read = new Map(rows.flatMap((a) => (a ? [[a.id, a] as const] : [])));
    return ids.flatMap((id) => bundled.get(id) ?? read.get(id) ?? []);
  };

  /** Makes again the documents of the records these keys name; a record gone takes its document along. */
  const indexChanged = async (keys: Record<Table, string[]>) => {
    const put: SearchDocument[] = [];
    const remove: string[] = [];
    const articleIds = keys.articles.filter((id) => !bundled.has(id));
    const articles = await db.articles.bulkGet(articleIds);
    articleIds.forEach((id, i) => {
      const article = articles[i];
      if (!article) remove.push(documentKey("article", id));
      else {
        const doc = index.get(documentKey("article", id));
        if (doc?.source.kind !== "article" || doc.source.textSha256 !== article.textSha256)
          put.push(articleDocument(article));
      }
    });
    const annotations = await db.annotations.bulkGet(keys.annotations);
    keys.annotations.forEach((id, i) => {
      const annotation = annotations[i];
      if (annotation) put.push(annotationDocument(annotation));
      else remove.push(documentKey("annotation", id));
    });
    const speakers = await db.speakers.bulkGet(keys.speakers);
    keys.speakers.forEach((id, i) => {
      const speaker = speakers[i];
      if (speaker) put.push(speakerDocument(speaker));
      else remove.push(documentKey("speaker", id));
    });
    await save(put, remove);
  };

  const onMutated = (parts: ObservabilitySet) => {
    for (const table of TABLES) {
      const keys = changedKeys(db, table, parts);
      if (keys === "all") pendingAll = true;
      else if (keys) for (const key of keys) pending[table].add(key);
    }
    schedule();
  };
  Dexie.on("storagemutated", onMutated);
  schedule();

  return {
    async search(query, limit) {
      await loaded;
      const ranked = rankHits(index, index.matches(query), limit);
      const ids = [
        ...new Set(ranked.hits.flatMap((h) => (h.kind === "text" && h.articleId ? [h.articleId] : []))),
      ];
      const texts = new Map((await articlesOf(ids)).map((a) => [a.id, a.text]));
      return resultItems(index, query, ranked, (id) => texts.get(id));
    },
    async idle() {
      while (working) await working;
    },
    stop() {
      stopped = true;
      Dexie.on.storagemutated.unsubscribe(onMutated);
    },
  };
}
