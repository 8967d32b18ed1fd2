/// <reference lib="webworker" />
import { describeError } from "../model/describeError";
import type { FromImportWorker, ToImportWorker } from "../model/importMessages";
import { type ImportJob, importJob } from "../store/importJob";
import { openAnnotatorDatabase } from "../store/open";

/**
 * An annotation file's import off the main thread: reading and checking the file, placing its
 * annotations again in changed texts, and the one transaction that writes it. Cancel ends this worker,
 * which aborts a write under way: nothing of it is kept.
 */
declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromImportWorker) => self.postMessage(message);
const onProgress = (placed: number, total: number) => post({ type: "progress", placed, total });
let job: Promise<ImportJob> | null = null;

self.onmessage = async ({ data }: MessageEvent<ToImportWorker>) => {
  job ??= openAnnotatorDatabase().then((storage) => {
    if (storage.state !== "ready")
      throw new Error(storage.state === "unavailable" ? storage.error : "storage not ready");
    return importJob(storage.db);
  });
  try {
    const ready = await job;
    if (data.type === "read") post({ type: "read", ...(await ready.read(data.file)) });
    else if (data.type === "readBrat")
      post({
        type: "readBrat",
        ...(await ready.readBrat(data.name, data.articles, data.leftOut, onProgress)),
      });
    else if (data.type === "preview")
      post({ type: "previewed", summary: await ready.preview(data.mode, data.targets, onProgress) });
    else {
      const { summary, step } = await ready.apply(data.mode, data.targets, onProgress);
      const { changes, ...rest } = step;
      post({ type: "applied", summary, step: rest, changes: JSON.stringify(changes) });
    }
  } catch (error) {
    post({ type: "failed", error: describeError(error) });
  }
};
