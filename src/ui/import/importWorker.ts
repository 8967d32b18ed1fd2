import type { FromImportWorker, ToImportWorker } from "../../model/importMessages";
import type { ImportMode, ImportSummary, ImportTargets } from "../../model/importPlan";
import type { StoreChange, StoreStep } from "../../store/changes";
import type { ImportJob, Progress } from "../../store/importJob";

/** An import stopped by the user: nothing of it was written. */
export class ImportCancelled extends Error {
  constructor() {
    super("The import was cancelled; nothing was written.");
    this.name = "ImportCancelled";
  }
}

/** The import job (store/importJob.ts), run in a worker of its own, and a way to stop it at once. */
export interface ImportWorker extends ImportJob {
  /** Ends the worker: a read, preview or write under way stops, and a write leaves nothing. */
  cancel(): void;
}

export function startImportWorker(): ImportWorker {
  const thread = new Worker(new URL("../../workers/annotationImport.worker.ts", import.meta.url), {
    type: "module",
  });
  // One request at a time, answered in order.
  let waiting: {
    resolve(reply: FromImportWorker): void;
    reject(error: Error): void;
    onProgress?: Progress;
  } | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let cancelled = false;
  thread.onmessage = ({ data }: MessageEvent<FromImportWorker>) => {
    if (data.type === "progress") waiting?.onProgress?.(data.placed, data.total);
    else waiting?.resolve(data);
  };
  thread.onerror = (event) => waiting?.reject(new Error(event.message || "the import worker failed"));

  const ask = <T extends FromImportWorker["type"]>(
    message: ToImportWorker,
    expected: T,
    onProgress?: Progress,
  ): Promise<Extract<FromImportWorker, { type: T }>> => {
    const run = () =>
      new Promise<Extract<FromImportWorker, { type: T }>>((resolve, reject) => {
        if (cancelled) return reject(new ImportCancelled());
        waiting = {
          onProgress,
          reject,
          resolve(reply) {
            waiting = null;
            if (reply.type === "failed") reject(new Error(reply.error));
            else if (reply.type !== expected) reject(new Error(`the import worker answered ${reply.type}`));
            else resolve(reply as Extract<FromImportWorker, { type: T }>);
          },
        };
        thread.postMessage(message);
      });
    const answer = queue.then(run, run);
    queue = answer.catch(() => undefined);
    return answer;
  };

  return {
    async read(file) {
      const { type: _type, ...reply } = await ask({ type: "read", file }, "read");
      return reply;
    },
    async readBrat(name, articles, leftOut, onProgress) {
      const { type: _type, ...reply } = await ask(
        { type: "readBrat", name, articles: [...articles], leftOut },
        "readBrat",
        onProgress,
      );
      return reply;
    },
    async preview(mode: ImportMode, targets: ImportTargets, onProgress?: Progress): Promise<ImportSummary> {
      return (await ask({ type: "preview", mode, targets }, "previewed", onProgress)).summary;
    },
    async apply(mode: ImportMode, targets: ImportTargets, onProgress?: Progress) {
      const reply = await ask({ type: "apply", mode, targets }, "applied", onProgress);
      return {
        summary: reply.summary,
        step: withChangesRead(reply.step as Omit<StoreStep, "changes">, reply.changes),
      };
    },
    cancel() {
      cancelled = true;
      thread.terminate();
      waiting?.reject(new ImportCancelled());
      waiting = null;
    },
  };
}

/** A step whose changes are read from their JSON the first time they are needed (an undo, a redo). */
function withChangesRead(step: Omit<StoreStep, "changes">, json: string): StoreStep {
  let changes: StoreChange[] | null = null;
  return {
    ...step,
    get changes() {
      changes ??= JSON.parse(json) as StoreChange[];
      return changes;
    },
  };
}
