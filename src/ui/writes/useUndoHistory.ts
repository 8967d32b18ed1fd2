import { useCallback, useRef, useState } from "react";
import { emptyHistory, type History, invertStep, popRedo, popUndo, recordStep } from "../../model/history";
import type { AnnotationStep } from "../../store/annotations";
import { applyChanges, type StoreChange, type StoreStep } from "../../store/changes";
import type { AnnotatorDatabase } from "../../store/schema";

export interface UndoHistory {
  /** Runs a write and remembers how to undo it. */
  record(write: Promise<AnnotationStep | null>): Promise<AnnotationStep | null>;
  undo(): Promise<AnnotationStep | null>;
  redo(): Promise<AnnotationStep | null>;
  undoLabel: string | null;
  redoLabel: string | null;
}

/** This tab's undo and redo stacks; the database stays the only copy of the annotations themselves. */
export function useUndoHistory(db: AnnotatorDatabase | null): UndoHistory {
  const history = useRef<History<StoreChange>>(emptyHistory());
  const [, setVersion] = useState(0);
  const update = useCallback((next: History<StoreChange>) => {
    history.current = next;
    setVersion((v) => v + 1);
  }, []);

  const record = useCallback(
    async (write: Promise<AnnotationStep | null>) => {
      const step = await write;
      if (step) update(recordStep(history.current, step));
      return step;
    },
    [update],
  );

  // Undo and redo run one after another: a second Ctrl+Z pressed while the first is still writing
  // must undo the step before it, not the same step again. The stack changes before the write starts.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const replay = useCallback(
    (direction: "undo" | "redo") => {
      const run = async (): Promise<StoreStep | null> => {
        const popped = direction === "undo" ? popUndo(history.current) : popRedo(history.current);
        if (!popped || !db) return null;
        const previous = history.current;
        update(popped.history);
        try {
          await applyChanges(
            db,
            direction === "undo" ? invertStep(popped.step).changes : popped.step.changes,
          );
        } catch (error) {
          update(previous);
          throw error;
        }
        return popped.step;
      };
      const next = queue.current.then(run, run);
      queue.current = next.catch(() => undefined);
      return next;
    },
    [db, update],
  );
  const undo = useCallback(() => replay("undo"), [replay]);
  const redo = useCallback(() => replay("redo"), [replay]);

  return {
    record,
    undo,
    redo,
    undoLabel: history.current.undo.at(-1)?.label ?? null,
    redoLabel: history.current.redo.at(-1)?.label ?? null,
  };
}
