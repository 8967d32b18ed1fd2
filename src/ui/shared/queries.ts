import { useLiveQuery } from "dexie-react-hooks";
import { useEffect, useMemo, useState } from "react";
import type { ArticleSummary } from "../../model/articleSummary";
import type { Annotation, Article, Speaker } from "../../model/types";
import { articlesBySpeaker, type TagCounts, tagCountsByArticle } from "../../store/annotationCounts";
import { bundledSummaries, librarySummaries, refreshSummaries } from "../../store/articleSummaries";
import { bundledArticles } from "../../store/bundledArticles";
import { annotatorsByArticle, curatedArticles } from "../../store/curation";
import { followArticleAnnotations } from "../../store/followAnnotations";
import { libraryArticles } from "../../store/library";
import { readAskSpeakerAfterTag, readOwnName, readShowSuggestions } from "../../store/meta";
import { rejectedKeysOf } from "../../store/suggestions";
import { useErrorLog } from "./errorLog";
import { useStorage } from "./storage";

/**
 * The article's annotations in text order, live: a change from this tab or any other shows at once.
 * Undefined while loading; empty when storage is unavailable. A failed read goes to the error boundary,
 * as a live query's would. Nothing is read while `textShown` is false: the text comes first.
 */
export function useArticleAnnotations(
  articleId: string,
  textShown = true,
): readonly Annotation[] | undefined {
  const storage = useStorage();
  const db = storage.state === "ready" ? storage.db : null;
  const [state, setState] = useState<{ articleId: string; rows: readonly Annotation[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!db || !textShown) return;
    // Reading starts once the text's first frame has been drawn: reading 100,000 annotations beside it
    // took the main thread from the text, which then showed later than a plain editor's.
    let stop: (() => void) | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        stop = followArticleAnnotations(db, articleId, (rows) => setState({ articleId, rows }), setError);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      stop?.();
    };
  }, [db, articleId, textShown]);
  if (error) throw error;
  if (storage.state === "unavailable") return [];
  return state?.articleId === articleId ? state.rows : undefined;
}

/**
 * One article: a bundled one at once, an imported one from the database (only that one: the library
 * may hold many long texts). Undefined while loading, null when there is no such article.
 */
export function useArticle(articleId: string): Article | null | undefined {
  const storage = useStorage();
  const db = storage.state === "ready" ? storage.db : null;
  const bundled = bundledArticles.find((a) => a.id === articleId);
  const imported = useLiveQuery(
    async () => (bundled || !db ? undefined : ((await db.articles.get(articleId)) ?? null)),
    [db, articleId, bundled],
  );
  if (bundled) return bundled;
  if (storage.state === "unavailable") return null;
  return imported;
}

export { emptyTagCounts, type TagCounts } from "../../store/annotationCounts";

/** How many annotations of each tag every article has, live. */
export function useTagCountsByArticle(): Map<string, TagCounts> | undefined {
  const storage = useStorage();
  const db = storage.state === "ready" ? storage.db : null;
  return useLiveQuery(async () => (db ? tagCountsByArticle(db) : new Map<string, TagCounts>()), [db]);
}

/** The articles each speaker is in (by id), live. */
export function useArticlesBySpeaker(): Map<string, Set<string>> | undefined {
  const storage = useStorage();
  const db = storage.state === "ready" ? storage.db : null;
  return useLiveQuery(async () => (db ? articlesBySpeaker(db) : new Map<string, Set<string>>()), [db]);
}

/** Every speaker, by name. */
export function useSpeakers(): Speaker[] | undefined {
  const storage = useStorage();
  const db = storage.state === "ready" ? storage.db : null;
  const rows = useLiveQuery(async () => (db ? db.speakers.toArray() : []), [db]);
  return useMemo(() => rows?.sort((a, b) => a.name.localeCompare(b.name)), [rows]);
}

/** Every attributed annotation of the corpus (null speakerIds are not in the index, so this skips them). */
export function useAttributedAnnotations(): Annotation[] | undefined {
  const storage = useStorage();
  const db = storage.state === "ready" ? storage.db : null;
  return useLiveQuery(async () => (db ? db.annotations.orderBy("speakerId").toArray() : []), [db]);
}

/** The library (`libraryArticles`), live. Bundled articles only without storage. */
export function useArticles(): readonly Article[] | undefined {
  const storage = useStorage();
  const db = storage.state === "ready" ? storage.db : null;
  const library = useLiveQuery(async () => (db ? libraryArticles(db) : bundledArticles), [db]);
  return storage.state === "unavailable" ? bundledArticles : library;
}

/**
 * The library as summaries (no texts), live; brought up to date from the articles whenever they change
 * in any tab. Bundled articles only without storage.
 */
export function useLibrarySummaries(): readonly ArticleSummary[] | undefined {
  const storage = useStorage();
  const db = storage.state === "ready" ? storage.db : null;
  const { report } = useErrorLog();
  // The articles' texts, by their hashes (index keys only): when they change, summaries follow.
  const texts = useLiveQuery(async () => (db ? db.articles.orderBy("textSha256").keys() : []), [db]);
  useEffect(() => {
    if (db && texts)
      refreshSummaries(db).catch((error: unknown) => report(error, "Could not list the library"));
  }, [db, texts, report]);
  const summaries = useLiveQuery(async () => (db ? librarySummaries(db) : undefined), [db]);
  return storage.state === "unavailable" ? bundledSummaries() : summaries;
}

/** Whether the speaker picker opens after each tag (yes until read, and without storage). */
/** Whether the reader shows suggestions (a preference kept in the database). */
export function useShowSuggestions(): boolean {
  const storage = useStorage();
  const db = storage.state === "ready" ? storage.db : null;
  return useLiveQuery(async () => (db ? readShowSuggestions(db) : true), [db]) ?? true;
}

/** The name the user gave themselves as an annotator (null: none yet; undefined while read), live. */
export function useOwnName(): string | null | undefined {
  const storage = useStorage();
  const db = storage.state === "ready" ? storage.db : null;
  return useLiveQuery(async () => (db ? readOwnName(db) : null), [db]);
}

/** Whether a curator marked the article curated (undefined while read), live. */
export function useCurated(articleId: string): boolean | undefined {
  const storage = useStorage();
  const db = storage.state === "ready" ? storage.db : null;
  return useLiveQuery(async () => (db ? Boolean(await db.curations.get(articleId)) : false), [db, articleId]);
}

/** The articles marked curated, and each article's named layers (from index keys), live. */
export function useLayersByArticle():
  | { curated: Set<string>; annotators: Map<string, Map<string, number>> }
  | undefined {
  const storage = useStorage();
  const db = storage.state === "ready" ? storage.db : null;
  return useLiveQuery(
    async () =>
      db
        ? { curated: await curatedArticles(db), annotators: await annotatorsByArticle(db) }
        : { curated: new Set<string>(), annotators: new Map<string, Map<string, number>>() },
    [db],
  );
}

/** The keys of the suggestions rejected on a text (by its hash), live. */
export function useRejectedSuggestions(textSha256: string): ReadonlySet<string> | undefined {
  const storage = useStorage();
  const db = storage.state === "ready" ? storage.db : null;
  return useLiveQuery(
    async () => (db ? rejectedKeysOf(db, textSha256) : new Set<string>()),
    [db, textSha256],
  );
}

export function useAskSpeakerAfterTag(): boolean {
  const storage = useStorage();
  const db = storage.state === "ready" ? storage.db : null;
  return useLiveQuery(async () => (db ? readAskSpeakerAfterTag(db) : true), [db]) ?? true;
}
