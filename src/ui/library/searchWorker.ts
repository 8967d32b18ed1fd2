import type { SearchResults } from "../../model/search/results";
import type { FromSearchWorker, ToSearchWorker } from "../../model/search/workerMessages";
import { bundledArticles } from "../../store/bundledArticles";

/** What the page knows of the search worker: how far the first indexing is, or why search cannot work. */
export interface SearchWorkerState {
  progress: { indexed: number; total: number } | null;
  error: string | null;
}

/**
 * The page's one search worker (workers/search.worker.ts), started the first time the library is shown
 * and kept for the life of the page, so that the index follows every change made anywhere in the app.
 */
export interface SearchWorker {
  state(): SearchWorkerState;
  subscribe(onChange: () => void): () => void;
  /** The results of a query; a later query makes the answer of an earlier one null. */
  search(query: string, limit: number): Promise<SearchResults | null>;
}

let worker: SearchWorker | null = null;

export function searchWorker(): SearchWorker {
  worker ??= startSearchWorker();
  return worker;
}

function startSearchWorker(): SearchWorker {
  const thread = new Worker(new URL("../../workers/search.worker.ts", import.meta.url), { type: "module" });
  let state: SearchWorkerState = { progress: null, error: null };
  const listeners = new Set<() => void>();
  const setState = (next: SearchWorkerState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  let lastId = 0;
  const waiting = new Map<number, (results: SearchResults | null) => void>();

  thread.onmessage = ({ data }: MessageEvent<FromSearchWorker>) => {
    if (data.type === "progress")
      setState({ ...state, progress: { indexed: data.indexed, total: data.total } });
    else if (data.type === "failed") {
      setState({ ...state, error: data.error });
      for (const resolve of waiting.values()) resolve(null);
      waiting.clear();
    } else {
      // Answers come in the order asked; every query asked before this one is out of date.
      for (const [id, resolve] of waiting) {
        if (id > data.id) break;
        resolve(id === data.id ? data.results : null);
        waiting.delete(id);
      }
    }
  };
  thread.onerror = (event) => setState({ ...state, error: event.message || "the search worker failed" });
  const post = (message: ToSearchWorker) => thread.postMessage(message);
  post({ type: "start", bundled: bundledArticles });

  return {
    state: () => state,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    search(query, limit) {
      const id = ++lastId;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        post({ type: "search", id, query, limit });
      });
    },
  };
}
