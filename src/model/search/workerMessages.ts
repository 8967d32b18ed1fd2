import type { Article } from "../types";
import type { SearchResults } from "./results";

/** What the page asks of the search worker (workers/search.worker.ts). */
export type ToSearchWorker =
  /** Open the database and index the library; the bundled articles come with the app, not the database. */
  | { type: "start"; bundled: readonly Article[] }
  | { type: "search"; id: number; query: string; limit: number };

/** What the search worker tells the page. */
export type FromSearchWorker =
  | { type: "progress"; indexed: number; total: number }
  | { type: "results"; id: number; results: SearchResults }
  /** Search cannot work: the browser refused storage, or indexing failed. */
  | { type: "failed"; error: string };
