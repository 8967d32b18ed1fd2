/**
 * Undo and redo as plain data. A step is the list of records one user action changed, each with its
 * state before and after (null where it did not exist), so undo writes the `before` states back and redo
 * the `after` states. The stacks hold the steps of this tab only: another tab's edits are not this
 * tab's to undo.
 */
export interface RecordChange<T> {
  id: string;
  before: T | null;
  after: T | null;
}

export type AnyChange = RecordChange<unknown>;

/**
 * One user action: the changes it made, of a kind `C` that may carry more (e.g. which table). A store
 * adds what it needs to tell steps apart (their kind) by extending this.
 */
export interface UndoStep<C extends AnyChange> {
  /** What the user did, in their words, for the undo button's title and the status line, e.g. "Delete quote". */
  label: string;
  changes: C[];
}

export type AnyStep = UndoStep<AnyChange>;

export interface History<S extends AnyStep> {
  undo: S[];
  redo: S[];
}

export const UNDO_LIMIT = 200;

export function emptyHistory<S extends AnyStep>(): History<S> {
  return { undo: [], redo: [] };
}

/** A new action clears what could be redone, as in every editor. */
export function recordStep<S extends AnyStep>(history: History<S>, step: S): History<S> {
  return { undo: [...history.undo, step].slice(-UNDO_LIMIT), redo: [] };
}

/** The changes that reverse a step: each record goes back from `after` to `before`. Keeps everything else. */
export function invertStep<S extends AnyStep>(step: S): S {
  return {
    ...step,
    changes: step.changes.map((c) => ({ ...c, before: c.after, after: c.before })).reverse(),
  };
}

export function popUndo<S extends AnyStep>(history: History<S>): { step: S; history: History<S> } | null {
  const step = history.undo.at(-1);
  if (!step) return null;
  return { step, history: { undo: history.undo.slice(0, -1), redo: [...history.redo, step] } };
}

export function popRedo<S extends AnyStep>(history: History<S>): { step: S; history: History<S> } | null {
  const step = history.redo.at(-1);
  if (!step) return null;
  return { step, history: { undo: [...history.undo, step], redo: history.redo.slice(0, -1) } };
}

/**
 * One step that does what `earlier` and then `later` did: each record goes from its state before the
 * first to its state after the last. Typing a note in bursts is then one step to undo, not one a pause.
 */
export function mergeSteps<S extends AnyStep>(earlier: S, later: S): S {
  const merged = new Map<string, S["changes"][number]>();
  for (const change of [...earlier.changes, ...later.changes]) {
    const key = JSON.stringify([(change as { table?: unknown }).table ?? null, change.id]);
    const first = merged.get(key);
    merged.set(key, first ? { ...first, after: change.after } : change);
  }
  return { ...later, changes: [...merged.values()] };
}
