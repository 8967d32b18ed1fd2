import { useCallback, useEffect, useRef, useState } from "react";
import { bundledArticles } from "../../store/bundledArticles";
import type { LibraryAgreement } from "../../store/libraryAgreement";
import type { FromAgreementWorker, ToAgreementWorker } from "../../workers/agreement.worker";

export interface AgreementRun {
  progress: { done: number; total: number } | null;
  result: LibraryAgreement | null;
  /** How long the worker took, in milliseconds. */
  ms: number | null;
  error: string | null;
  run(filter: string): void;
}

/** The agreement of the library's layers, computed in a worker; runs again on `run`. */
export function useLibraryAgreement(): AgreementRun {
  const [progress, setProgress] = useState<AgreementRun["progress"]>(null);
  const [result, setResult] = useState<LibraryAgreement | null>(null);
  const [ms, setMs] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const worker = useRef<Worker | null>(null);
  useEffect(() => () => worker.current?.terminate(), []);

  const run = useCallback((filter: string) => {
    worker.current?.terminate();
    setError(null);
    const thread = new Worker(new URL("../../workers/agreement.worker.ts", import.meta.url), {
      type: "module",
    });
    worker.current = thread;
    setProgress({ done: 0, total: 0 });
    thread.onmessage = ({ data }: MessageEvent<FromAgreementWorker>) => {
      if (data.type === "progress") {
        setProgress({ done: data.done, total: data.total });
        return;
      }
      if (data.type === "done") {
        setResult(data.result);
        setMs(data.ms);
      } else setError(data.error);
      setProgress(null);
      thread.terminate();
      worker.current = null;
    };
    thread.postMessage({ bundled: bundledArticles, filter } satisfies ToAgreementWorker);
  }, []);

  return { progress, result, ms, error, run };
}
