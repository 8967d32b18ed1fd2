import { useEffect, useState, useSyncExternalStore } from "react";
import { queryWords } from "../../model/search/indexedField";
import type { SearchResults } from "../../model/search/results";
import { type SearchWorkerState, searchWorker } from "./searchWorker";

/** Typing pauses this long before a query goes to the worker. */
const DEBOUNCE_MS = 150;

export interface LibrarySearchState {
  /** The results of the query, or of the last one answered while the next is on its way; null for none. */
  results: SearchResults | null;
  /** The worker: first indexing, or why search cannot work. */
  worker: SearchWorkerState;
}

/**
 * The library search as the page sees it: starts the worker (which indexes the library the first time,
 * with progress), and sends it the query as it is typed, after a short pause. A query of fewer than
 * two letters gives no results: it would match most of the library.
 */
export function useLibrarySearch(query: string, limit: number): LibrarySearchState {
  const [results, setResults] = useState<SearchResults | null>(null);
  const [client] = useState(searchWorker);
  const worker = useSyncExternalStore(client.subscribe, client.state);
  const searchable = queryWords(query).join("").length >= 2;

  useEffect(() => {
    if (!searchable) {
      setResults(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      void client.search(query, limit).then((answer) => {
        if (current && answer) setResults(answer);
      });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, query, limit, searchable]);

  // The index changes while indexing: ask again as it grows, so results fill in.
  const indexed = worker.progress?.indexed;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again when more of the library is indexed.
  useEffect(() => {
    if (!searchable || indexed === undefined) return;
    let current = true;
    void client.search(query, limit).then((answer) => {
      if (current && answer) setResults(answer);
    });
    return () => {
      current = false;
    };
  }, [indexed]);

  return { results: searchable ? results : null, worker };
}
