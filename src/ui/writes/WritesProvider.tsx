import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { describeError } from "../../model/describeError";
import { emptyHistory, type History, mergeSteps, recordStep } from "../../model/history";
import { replayStep, type StoreStep } from "../../store/changes";
import type { AnnotatorDatabase } from "../../store/schema";
import { useErrorLog } from "../shared/errorLog";
import { isTextField } from "../shared/keyboard";
import { useStorage } from "../shared/storage";

/** A write the browser refused, kept in the page with what the user asked to save until retried or taken away. */
export interface PendingWrite {
  id: number;
  what: string;
  error: string;
  data: unknown;
  run(): Promise<unknown>;
}

export interface WriteOptions {
  /** What the user asked to save: offered as a download while the write is pending. */
  data?: unknown;
  /** Takes back what was drawn ahead of the database (a highlight) when the write fails. */
  rollback?(): void;
  /** What follows a saved write (select it, say so), also when it is saved on Retry. */
  onSaved?(step: StoreStep): void;
  /**
   * Writes with the same key one after another (a note saved as it is typed) make one undo step: the
   * later one joins the step of the one before, if nothing else was done between them.
   */
  coalesce?: string;
}

export interface Writes {
  /** The database; null while it opens, or for good when the browser refuses storage. */
  db: AnnotatorDatabase | null;
  /**
   * Runs one store write (one transaction) and records the step it returns, so that it can be undone.
   * A failed write is reported, rolled back and kept pending with Retry; the result is then null, as
   * it is when the write found nothing to change. `what` completes "Could not …".
   */
  write(
    what: string,
    run: (db: AnnotatorDatabase) => Promise<StoreStep | null>,
    options?: WriteOptions,
  ): Promise<StoreStep | null>;
  undo(): Promise<StoreStep | null>;
  redo(): Promise<StoreStep | null>;
  undoStep: StoreStep | null;
  redoStep: StoreStep | null;
  pending: readonly PendingWrite[];
  retry(write: PendingWrite): Promise<void>;
  dismiss(id: number): void;
  /** The last thing that happened, for the page's status line. */
  status: string;
  announce(message: string): void;
}

const WritesContext = createContext<Writes | null>(null);

let nextPendingId = 1;

/**
 * The one write path of the app and its one undo history: every page writes through `write`, so every
 * refused write looks the same (reported, kept with Retry and a download) and Ctrl/⌘+Z undoes the last
 * step wherever it was made, also after moving to another page. The database stays the only copy of
 * the data: the history holds the changes of each step, never a second state.
 */
export function WritesProvider({ children }: { children: React.ReactNode }) {
  const storage = useStorage();
  const db = storage.state === "ready" ? storage.db : null;
  const { report } = useErrorLog();
  const [status, announce] = useState("");
  const [pending, setPending] = useState<PendingWrite[]>([]);
  // The coalescing key of steps that may take in the next write of the same key.
  const coalesced = useRef(new WeakMap<StoreStep, string>());
  // Writes started and not yet answered: leaving the page now could lose them.
  const inFlight = useRef(0);
  const history = useRef<History<StoreStep>>(emptyHistory());
  const [historyVersion, setHistoryVersion] = useState(0);
  const setHistory = useCallback((next: History<StoreStep>) => {
    history.current = next;
    setHistoryVersion((v) => v + 1);
  }, []);

  const keepPending = useCallback(
    (what: string, error: unknown, data: unknown, run: () => Promise<unknown>) => {
      report(error, `Could not ${what}`);
      setPending((list) => [...list, { id: nextPendingId++, what, error: describeError(error), data, run }]);
    },
    [report],
  );

  const write = useCallback(
    async (
      what: string,
      run: (db: AnnotatorDatabase) => Promise<StoreStep | null>,
      options: WriteOptions = {},
    ): Promise<StoreStep | null> => {
      if (!db) {
        options.rollback?.();
        if (storage.state === "superseded") {
          // Closed for a newer version in another tab: kept with its download, never dropped unseen.
          const closed = new Error("A newer version was opened in another tab; reload to save changes");
          keepPending(what, closed, options.data ?? null, () => Promise.reject(closed));
        } else announce("Storage is unavailable: changes cannot be saved in this window.");
        return null;
      }
      const runAndRecord = async () => {
        const step = await run(db);
        if (step) {
          const top = history.current.undo.at(-1);
          const joins =
            options.coalesce !== undefined &&
            top !== undefined &&
            coalesced.current.get(top) === options.coalesce;
          const recorded = joins ? mergeSteps(top, step) : step;
          if (options.coalesce !== undefined) coalesced.current.set(recorded, options.coalesce);
          setHistory(
            joins
              ? { undo: [...history.current.undo.slice(0, -1), recorded], redo: [] }
              : recordStep(history.current, step),
          );
          options.onSaved?.(step);
        }
        return step;
      };
      inFlight.current++;
      try {
        return await runAndRecord();
      } catch (error) {
        options.rollback?.();
        keepPending(what, error, options.data ?? null, runAndRecord);
        return null;
      } finally {
        inFlight.current--;
      }
    },
    [db, storage.state, keepPending, setHistory],
  );

  // Undo and redo run one after another: a second Ctrl+Z pressed while the first is still writing
  // must undo the step before it, not the same step again.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const replay = useCallback(
    (direction: "undo" | "redo"): Promise<StoreStep | null> => {
      const run = async (): Promise<StoreStep | null> => {
        if (!db) return null;
        let result: Awaited<ReturnType<typeof replayStep>>;
        try {
          result = await replayStep(db, history.current, direction);
        } catch (error) {
          const step = (direction === "undo" ? history.current.undo : history.current.redo).at(-1);
          keepPending(direction, error, step ?? null, () => replay(direction));
          return null;
        }
        if (!result) return null;
        setHistory(result.history);
        const { replayed } = result;
        const done = direction === "undo" ? "Undone" : "Redone";
        if (replayed.outcome === "changed elsewhere")
          announce(`Nothing to ${direction} here: changed in another tab since.`);
        else if (replayed.outcome === "partly")
          announce(
            `${done} in part: ${replayed.step.label}; ${replayed.kept === 1 ? "1 record was" : `${replayed.kept} records were`} changed in another tab since and kept as it left them.`,
          );
        else announce(`${done}: ${replayed.step.label}.`);
        return replayed.outcome === "changed elsewhere" ? null : replayed.step;
      };
      const next = queue.current.then(run, run);
      queue.current = next.catch(() => undefined);
      return next;
    },
    [db, keepPending, setHistory],
  );
  const undo = useCallback(() => replay("undo"), [replay]);
  const redo = useCallback(() => replay("redo"), [replay]);

  // One key handler for the whole app; a text field keeps its own undo.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) {
        event.preventDefault();
        void undo();
      } else if ((key === "z" && event.shiftKey) || key === "y") {
        event.preventDefault();
        void redo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, redo]);

  // The browser asks before leaving while a write is under way or a refused one waits for Retry.
  const unsaved = pending.length > 0;
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (inFlight.current === 0 && !unsaved) return;
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [unsaved]);

  const retry = useCallback(
    async (pendingWrite: PendingWrite) => {
      try {
        await pendingWrite.run();
        setPending((list) => list.filter((w) => w.id !== pendingWrite.id));
      } catch (error) {
        report(error, `Could not ${pendingWrite.what} (retry)`);
        setPending((list) =>
          list.map((w) => (w.id === pendingWrite.id ? { ...w, error: describeError(error) } : w)),
        );
      }
    },
    [report],
  );
  const dismiss = useCallback((id: number) => setPending((list) => list.filter((w) => w.id !== id)), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the history lives in a ref; its version says when it changed.
  const value = useMemo<Writes>(
    () => ({
      db,
      write,
      undo,
      redo,
      undoStep: history.current.undo.at(-1) ?? null,
      redoStep: history.current.redo.at(-1) ?? null,
      pending,
      retry,
      dismiss,
      status,
      announce,
    }),
    [db, write, undo, redo, pending, retry, dismiss, status, historyVersion],
  );
  return <WritesContext.Provider value={value}>{children}</WritesContext.Provider>;
}

export function useWrites(): Writes {
  const writes = useContext(WritesContext);
  if (!writes) throw new Error("useWrites needs a WritesProvider above it.");
  return writes;
}
