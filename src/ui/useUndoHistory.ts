import { useCallback, useRef, useState } from "react";
import { emptyHistory, type History, invertStep, popRedo, popUndo, recordStep } from "../model/history";
import type { AnnotationStep } from "../store/annotations";
import { applyChanges, type StoreChange } from "../store/changes";
import type { AnnotatorDatabase } from "../store/db";

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

  const undo = useCallback(async () => {
    const popped = popUndo(history.current);
    if (!popped || !db) return null;
    await applyChanges(db, invertStep(popped.step).changes);
    update(popped.history);
    return popped.step;
  }, [db, update]);

  const redo = useCallback(async () => {
    const popped = popRedo(history.current);
    if (!popped || !db) return null;
    await applyChanges(db, popped.step.changes);
    update(popped.history);
    return popped.step;
  }, [db, update]);

  return {
    record,
    undo,
    redo,
    undoLabel: history.current.undo.at(-1)?.label ?? null,
    redoLabel: history.current.redo.at(-1)?.label ?? null,
  };
}
