/// <reference lib="webworker" />
import { describeError } from "../model/describeError";
import type { FromSearchWorker, ToSearchWorker } from "../model/search/workerMessages";
import { type LibrarySearch, startLibrarySearch } from "../store/librarySearch";
import { openAnnotatorDatabase } from "../store/open";

/** The library search off the main thread: builds and follows the index, answers queries. */
declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromSearchWorker) => self.postMessage(message);
let search: Promise<LibrarySearch | null> | null = null;

self.onmessage = async ({ data }: MessageEvent<ToSearchWorker>) => {
  if (data.type === "start") {
    search ??= openAnnotatorDatabase().then((storage) => {
      if (storage.state !== "ready") {
        post({
          type: "failed",
          error: storage.state === "unavailable" ? storage.error : "storage not ready",
        });
        return null;
      }
      return startLibrarySearch(storage.db, {
        bundled: data.bundled,
        onProgress: (progress) => post({ type: "progress", ...progress }),
        onError: (error) => post({ type: "failed", error: describeError(error) }),
      });
    });
    return;
  }
  const ready = await search;
  if (!ready) return;
  try {
    post({ type: "results", id: data.id, results: await ready.search(data.query, data.limit) });
  } catch (error) {
    post({ type: "failed", error: describeError(error) });
  }
};
