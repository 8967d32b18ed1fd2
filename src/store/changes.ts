import type { RecordChange, UndoStep } from "../model/history";
import type { Annotation, Article, Speaker } from "../model/types";
import type { AnnotatorDatabase } from "./schema";

/** A change to one stored record, named by its table, so that one step can span tables (a merge of speakers). */
export type StoreChange =
  | ({ table: "annotations" } & RecordChange<Annotation>)
  | ({ table: "speakers" } & RecordChange<Speaker>)
  | ({ table: "articles" } & RecordChange<Article>);

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
  | "delete-speaker";

export interface StoreStep extends UndoStep<StoreChange> {
  kind: StepKind;
}

/**
 * Replays changes (undo passes the inverted step) in one transaction. A record is written only if it is
 * still as the step left it: when another tab changed it since, that change wins and the record is
 * skipped, so undo never overwrites newer work. Returns how many records were written.
 */
export async function applyChanges(db: AnnotatorDatabase, changes: readonly StoreChange[]): Promise<number> {
  return db.transaction("rw", db.annotations, db.speakers, db.articles, async () => {
    let written = 0;
    for (const change of changes) {
      const table = db[change.table];
      const current = (await table.get(change.id)) ?? null;
      if (!sameRecord(current, change.before)) continue;
      if (change.after) await (table as typeof db.annotations).put(change.after as Annotation);
      else await table.delete(change.id);
      written++;
    }
    return written;
  });
}

function sameRecord(a: object | null, b: object | null): boolean {
  if (a === null || b === null) return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}
