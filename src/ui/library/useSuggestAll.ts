import { useCallback, useEffect, useRef, useState } from "react";
import { bundledArticles } from "../../store/bundledArticles";
import type { FromSuggestAllWorker, ToSuggestAllWorker } from "../../workers/suggestAll.worker";

export interface SuggestAll {
  /** How far the run is; null when none runs. */
  progress: { done: number; total: number } | null;
  /** Suggestions waiting for review by article id, from the last run; null before one. */
  counts: ReadonlyMap<string, number> | null;
  error: string | null;
  start(): void;
  cancel(): void;
}

/** "Suggest for all articles": the engine over the library in a worker, with progress and Cancel. */
export function useSuggestAll(): SuggestAll {
  const [progress, setProgress] = useState<SuggestAll["progress"]>(null);
  const [counts, setCounts] = useState<SuggestAll["counts"]>(null);
  const [error, setError] = useState<string | null>(null);
  const worker = useRef<Worker | null>(null);
  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const start = useCallback(() => {
    stop();
    setError(null);
    const thread = new Worker(new URL("../../workers/suggestAll.worker.ts", import.meta.url), {
      type: "module",
    });
    worker.current = thread;
    setProgress({ done: 0, total: 0 });
    thread.onmessage = ({ data }: MessageEvent<FromSuggestAllWorker>) => {
      if (data.type === "progress") setProgress({ done: data.done, total: data.total });
      else {
        if (data.type === "done") setCounts(new Map(data.counts));
        else setError(data.error);
        setProgress(null);
        stop();
      }
    };
    thread.postMessage({ type: "start", bundled: bundledArticles } satisfies ToSuggestAllWorker);
  }, [stop]);

  const cancel = useCallback(() => {
    // The worker stops between articles; what it counted so far is dropped with it.
    stop();
    setProgress(null);
  }, [stop]);

  return { progress, counts, error, start, cancel };
}
