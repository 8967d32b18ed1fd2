import Dexie from "dexie";
import { type Annotation, type AnnotationPatch, SPAN_NAMES } from "../model/types";
import type { StoreStep } from "./changes";
import type { AnnotatorDatabase } from "./schema";

/*
 * Every write of an annotation is one transaction and returns the step that undoes it, so the UI can keep
 * an undo stack without a second copy of the data.
 */

export async function createAnnotation(db: AnnotatorDatabase, annotation: Annotation): Promise<StoreStep> {
  await db.transaction("rw", db.annotations, async (transaction) => {
    const adding = db.annotations.add(annotation);
    // Asks the browser to commit as soon as the row is written, not after the answer has come back to
    // this page: a tab closed right after the key press then still keeps the tag.
    transaction.idbtrans.commit?.();
    await adding;
  });
  return {
    kind: "create-annotation",
    label: `Create ${SPAN_NAMES[annotation.tag]}`,
    changes: [{ table: "annotations", id: annotation.id, before: null, after: annotation }],
  };
}

export async function updateAnnotation(
  db: AnnotatorDatabase,
  id: string,
  patch: AnnotationPatch,
  now: Date = new Date(),
): Promise<StoreStep | null> {
  return db.transaction("rw", db.annotations, async () => {
    const before = await db.annotations.get(id);
    if (!before) return null;
    const after: Annotation = { ...before, ...patch, updatedAt: now.toISOString() };
    await db.annotations.put(after);
    return {
      kind: "edit-annotation",
      label: labelOfPatch(patch),
      changes: [{ table: "annotations", id, before, after }],
    };
  });
}

export async function deleteAnnotations(
  db: AnnotatorDatabase,
  ids: readonly string[],
): Promise<StoreStep | null> {
  return db.transaction("rw", db.annotations, async () => {
    const found = (await db.annotations.bulkGet([...ids])).filter((a): a is Annotation => a !== undefined);
    if (found.length === 0) return null;
    await db.annotations.bulkDelete(found.map((a) => a.id));
    const [only] = found;
    const label =
      found.length === 1 && only ? `Delete ${SPAN_NAMES[only.tag]}` : `Delete ${found.length} annotations`;
    return {
      kind: "delete-annotations",
      label,
      changes: found.map((a) => ({ table: "annotations" as const, id: a.id, before: a, after: null })),
    };
  });
}

export function annotationsOfArticle(db: AnnotatorDatabase, articleId: string): Promise<Annotation[]> {
  return db.annotations
    .where("[articleId+start]")
    .between([articleId, Dexie.minKey], [articleId, Dexie.maxKey])
    .toArray();
}

export function allAnnotations(db: AnnotatorDatabase): Promise<Annotation[]> {
  return db.annotations.toArray();
}

function labelOfPatch(patch: AnnotationPatch): string {
  if (patch.tag !== undefined) return `Change tag to ${SPAN_NAMES[patch.tag]}`;
  if (patch.note !== undefined) return "Edit note";
  if (patch.speakerId !== undefined) return "Change speaker";
  if ("cue" in patch) return patch.cue ? "Mark cue" : "Remove cue";
  if ("source" in patch) return patch.source ? "Mark source" : "Remove source";
  if (patch.kind !== undefined) return `Mark as ${patch.kind}`;
  if ("moreFragments" in patch) return "Change fragments";
  return "Edit annotation";
}

/**
 * Saves a change to the annotation as the page shows it (`shown`, the row as last read), without
 * reading it again first, and asks the browser to commit at once: for the moment the page is being
 * left, when there is no time for a read to come back. Another tab's change of the same row in the
 * last instant before would be overwritten, which is why ordinary edits use `updateAnnotation`.
 */
export async function updateAnnotationAsShown(
  db: AnnotatorDatabase,
  shown: Annotation,
  patch: AnnotationPatch,
  now: Date = new Date(),
): Promise<StoreStep> {
  const after: Annotation = { ...shown, ...patch, updatedAt: now.toISOString() };
  await db.transaction("rw", db.annotations, async (transaction) => {
    const putting = db.annotations.put(after);
    transaction.idbtrans.commit?.();
    await putting;
  });
  return {
    kind: "edit-annotation",
    label: labelOfPatch(patch),
    changes: [{ table: "annotations", id: shown.id, before: shown, after }],
  };
}

/** The user has checked where an import placed the annotation: it is no longer to check. */
export async function confirmPlacement(db: AnnotatorDatabase, id: string): Promise<StoreStep | null> {
  return db.transaction("rw", db.annotations, async () => {
    const before = await db.annotations.get(id);
    if (!before?.review) return null;
    const { review: _checked, ...after } = before;
    await db.annotations.put(after);
    return {
      kind: "edit-annotation",
      label: "Confirm place",
      changes: [{ table: "annotations", id, before, after }],
    };
  });
}

/** Places an orphan on new text the user selected: it becomes an ordinary annotation there. */
export async function attachOrphan(
  db: AnnotatorDatabase,
  id: string,
  span: Pick<Annotation, "start" | "end" | "exact" | "prefix" | "suffix">,
  now: Date = new Date(),
): Promise<StoreStep | null> {
  return db.transaction("rw", db.annotations, async () => {
    const before = await db.annotations.get(id);
    if (!before) return null;
    const { orphan: _orphan, ...rest } = before;
    const after: Annotation = { ...rest, ...span, updatedAt: now.toISOString() };
    await db.annotations.put(after);
    return {
      kind: "attach-orphan",
      label: "Attach orphan",
      changes: [{ table: "annotations", id, before, after }],
    };
  });
}
