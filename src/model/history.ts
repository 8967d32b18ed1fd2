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

export type AnyChange = RecordChange<unknown>;

/** One user action: the changes it made, of a kind `C` that may carry more (e.g. which table). */
export interface UndoStep<C extends AnyChange> {
  /** What the user did, for the undo button's title, e.g. "Delete quote". */
  label: string;
  changes: C[];
}

export interface History<T extends AnyChange> {
  undo: UndoStep<T>[];
  redo: UndoStep<T>[];
}

export const UNDO_LIMIT = 200;

export function emptyHistory<T extends AnyChange>(): History<T> {
  return { undo: [], redo: [] };
}

/** A new action clears what could be redone, as in every editor. */
export function recordStep<T extends AnyChange>(history: History<T>, step: UndoStep<T>): History<T> {
  return { undo: [...history.undo, step].slice(-UNDO_LIMIT), redo: [] };
}

/** The changes that reverse a step: each record goes back from `after` to `before`. */
export function invertStep<C extends AnyChange>(step: UndoStep<C>): UndoStep<C> {
  return {
    label: step.label,
    changes: step.changes.map((c) => ({ ...c, before: c.after, after: c.before })).reverse(),
  };
}

export function popUndo<T extends AnyChange>(
  history: History<T>,
): { step: UndoStep<T>; history: History<T> } | null {
  const step = history.undo.at(-1);
  if (!step) return null;
  return { step, history: { undo: history.undo.slice(0, -1), redo: [...history.redo, step] } };
}

export function popRedo<T extends AnyChange>(
  history: History<T>,
): { step: UndoStep<T>; history: History<T> } | null {
  const step = history.redo.at(-1);
  if (!step) return null;
  return { step, history: { undo: [...history.undo, step], redo: history.redo.slice(0, -1) } };
}
