/// <reference lib="webworker" />
import { describeError } from "../model/describeError";
import type { Article } from "../model/types";
import { type LibraryAgreement, libraryAgreement } from "../store/libraryAgreement";
import { openAnnotatorDatabase } from "../store/open";

/** Agreement between the library's annotators off the main thread, with progress. */
declare const self: DedicatedWorkerGlobalScope;

export interface ToAgreementWorker {
  bundled: readonly Article[];
  filter: string;
}
export type FromAgreementWorker =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; result: LibraryAgreement; ms: number }
  | { type: "failed"; error: string };

const post = (message: FromAgreementWorker) => self.postMessage(message);

self.onmessage = async ({ data }: MessageEvent<ToAgreementWorker>) => {
  const storage = await openAnnotatorDatabase();
  if (storage.state !== "ready") {
    post({ type: "failed", error: storage.state === "unavailable" ? storage.error : "storage not ready" });
    return;
  }
  try {
    const started = performance.now();
    const result = await libraryAgreement(storage.db, data.bundled, data.filter, (done, total) =>
      post({ type: "progress", done, total }),
    );
    post({ type: "done", result, ms: performance.now() - started });
  } catch (error) {
    post({ type: "failed", error: describeError(error) });
  } finally {
    storage.db.close();
  }
};
