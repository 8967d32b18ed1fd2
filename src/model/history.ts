/**
 * Undo and redo as plain data. A step is the list of records one user action changed, each with its
 * state before and after (null where it did not exist), so undo writes the `before` states back and redo
 * the `after` states. The stacks hold steps of this tab only: another tab's edits are not this tab's to undo.
 */
export interface RecordChange<T> {
  id: string;
  before: T | null;
  after: T | null;
}

export interface UndoStep<T> {
  /** What the user did, for the undo button's title, e.g. "Delete quote". */
  label: string;
  changes: RecordChange<T>[];
}

export interface History<T> {
  undo: UndoStep<T>[];
  redo: UndoStep<T>[];
}

export const UNDO_LIMIT = 200;

export function emptyHistory<T>(): History<T> {
  return { undo: [], redo: [] };
}

/** A new action clears what could be redone, as in every editor. */
export function recordStep<T>(history: History<T>, step: UndoStep<T>): History<T> {
  return { undo: [...history.undo, step].slice(-UNDO_LIMIT), redo: [] };
}

/** The changes that reverse a step: each record goes back from `after` to `before`. */
export function invertStep<T>(step: UndoStep<T>): UndoStep<T> {
  return {
    label: step.label,
    changes: step.changes.map((c) => ({ id: c.id, before: c.after, after: c.before })).reverse(),
  };
}

export function popUndo<T>(history: History<T>): { step: UndoStep<T>; history: History<T> } | null {
  const step = history.undo.at(-1);
  if (!step) return null;
  return { step, history: { undo: history.undo.slice(0, -1), redo: [...history.redo, step] } };
}

export function popRedo<T>(history: History<T>): { step: UndoStep<T>; history: History<T> } | null {
  const step = history.redo.at(-1);
  if (!step) return null;
  return { step, history: { undo: [...history.undo, step], redo: history.redo.slice(0, -1) } };
}
