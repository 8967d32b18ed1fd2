/// <reference lib="webworker" />
import { describeError } from "../model/describeError";
import type { Article } from "../model/types";
import { openAnnotatorDatabase } from "../store/open";
import { suggestionBacklog } from "../store/suggestionBacklog";

/** "Suggest for all articles" off the main thread: counts what waits for review, with progress. */
declare const self: DedicatedWorkerGlobalScope;

export type ToSuggestAllWorker = { type: "start"; bundled: readonly Article[] } | { type: "cancel" };
export type FromSuggestAllWorker =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; counts: [string, number][] }
  | { type: "failed"; error: string };

let cancelled = false;
const post = (message: FromSuggestAllWorker) => self.postMessage(message);

self.onmessage = async ({ data }: MessageEvent<ToSuggestAllWorker>) => {
  if (data.type === "cancel") {
    cancelled = true;
    return;
  }
  const storage = await openAnnotatorDatabase();
  if (storage.state !== "ready") {
    post({ type: "failed", error: storage.state === "unavailable" ? storage.error : "storage not ready" });
    return;
  }
  try {
    const counts = await suggestionBacklog(
      storage.db,
      data.bundled,
      (done, total) => post({ type: "progress", done, total }),
      () => cancelled,
    );
    post({ type: "done", counts: [...counts] });
  } catch (error) {
    post({ type: "failed", error: describeError(error) });
  } finally {
    storage.db.close();
  }
};
