import {
  type History,
  invertStep,
  popRedo,
  popUndo,
  type RecordChange,
  type UndoStep,
} from "../model/history";
import { samePlainData } from "../model/records";
import type { Annotation, Article, Curation, RejectedSuggestion, Speaker } from "../model/types";
import type { AnnotatorDatabase } from "./schema";

/** A change to one stored record, named by its table, so that one step can span tables (a merge of speakers). */
export type StoreChange =
  | ({ table: "annotations" } & RecordChange<Annotation>)
  | ({ table: "speakers" } & RecordChange<Speaker>)
  | ({ table: "articles" } & RecordChange<Article>)
  | ({ table: "rejectedSuggestions" } & RecordChange<RejectedSuggestion>)
  | ({ table: "curations" } & RecordChange<Curation>);

/**
 * What a step did, for code that must tell steps apart (the library offers "Undo delete" after deleting
 * an article); the label is for people and is never read by code.
 */
export type StepKind =
  | "create-annotation"
  | "edit-annotation"
  | "delete-annotations"
  | "attach-orphan"
  | "attribute"
  | "import-article"
  | "delete-article"
  | "import-annotations"
  | "create-speaker"
  | "edit-speaker"
  | "merge-speakers"
  | "delete-speaker"
  | "accept-suggestion"
  | "reject-suggestion"
  | "curate";

export interface StoreStep extends UndoStep<StoreChange> {
  kind: StepKind;
}

/**
 * Replays changes (undo passes the inverted step) in one transaction. A record is written only if it is
 * still as the step left it: when another tab changed it since, that change wins and the record is
 * skipped, so undo never overwrites newer work. Returns the changes it made.
 */
export async function applyChanges(
  db: AnnotatorDatabase,
  changes: readonly StoreChange[],
): Promise<StoreChange[]> {
  return db.transaction(
    "rw",
    [db.annotations, db.speakers, db.articles, db.rejectedSuggestions, db.curations],
    async () => {
      const applied: StoreChange[] = [];
      for (const change of changes) {
        const table = db[change.table];
        const current = (await table.get(change.id)) ?? null;
        if (!samePlainData(current, change.before)) continue;
        if (change.after) await (table as typeof db.annotations).put(change.after as Annotation);
        else await table.delete(change.id);
        applied.push(change);
      }
      return applied;
    },
  );
}

/**
 * What undoing or redoing the last step did: all of it, part of it (some records were changed in
 * another tab since, and are kept as that tab left them), or nothing at all for that reason.
 */
export type Replayed =
  | { outcome: "done"; step: StoreStep }
  | { outcome: "partly"; step: StoreStep; kept: number }
  | { outcome: "changed elsewhere"; step: StoreStep };

/**
 * Undoes (or redoes) the last step of `history` in the database, and returns the history after it, or
 * null when there is nothing to undo (redo). A record changed in another tab since is not this tab's to
 * take back: it is kept, and it leaves the step, so that redo cannot bring back what the other tab
 * removed either. A step with nothing left leaves the history altogether.
 */
export async function replayStep(
  db: AnnotatorDatabase,
  history: History<StoreStep>,
  direction: "undo" | "redo",
): Promise<{ history: History<StoreStep>; replayed: Replayed } | null> {
  const popped = direction === "undo" ? popUndo(history) : popRedo(history);
  if (!popped) return null;
  const { step } = popped;
  const changes = direction === "undo" ? invertStep(step).changes : step.changes;
  const applied = await applyChanges(db, changes);
  if (applied.length === changes.length)
    return { history: popped.history, replayed: { outcome: "done", step } };
  const moved = new Set(applied.map(changeKey));
  const rest: StoreStep = { ...step, changes: step.changes.filter((c) => moved.has(changeKey(c))) };
  // The stack the step went to, without it; then with what is left of it, if anything.
  const target = direction === "undo" ? "redo" : "undo";
  const without = { ...popped.history, [target]: popped.history[target].slice(0, -1) };
  if (rest.changes.length === 0)
    return { history: without, replayed: { outcome: "changed elsewhere", step } };
  return {
    history: { ...without, [target]: [...without[target], rest] },
    replayed: { outcome: "partly", step: rest, kept: changes.length - applied.length },
  };
}

function changeKey(change: StoreChange): string {
  return `${change.table}/${change.id}`;
}
