import Dexie from "dexie";
import type { RecordChange, UndoStep } from "../model/history";
import type { Annotation, AnnotationPatch } from "../model/types";
import type { AnnotatorDatabase } from "./db";

/**
 * Every write of an annotation is one transaction and returns the step that undoes it, so the UI can keep
 * an undo stack without a second copy of the data.
 */
export type AnnotationStep = UndoStep<Annotation>;

export async function createAnnotation(
  db: AnnotatorDatabase,
  annotation: Annotation,
): Promise<AnnotationStep> {
  await db.annotations.add(annotation);
  return {
    label: `Create ${annotation.tag}`,
    changes: [{ id: annotation.id, before: null, after: annotation }],
  };
}

export async function updateAnnotation(
  db: AnnotatorDatabase,
  id: string,
  patch: AnnotationPatch,
  now: Date = new Date(),
): Promise<AnnotationStep | null> {
  return db.transaction("rw", db.annotations, async () => {
    const before = await db.annotations.get(id);
    if (!before) return null;
    const after: Annotation = { ...before, ...patch, updatedAt: now.toISOString() };
    await db.annotations.put(after);
    return { label: labelOfPatch(patch), changes: [{ id, before, after }] };
  });
}

export async function deleteAnnotations(
  db: AnnotatorDatabase,
  ids: readonly string[],
): Promise<AnnotationStep | null> {
  return db.transaction("rw", db.annotations, async () => {
    const found = (await db.annotations.bulkGet([...ids])).filter((a): a is Annotation => a !== undefined);
    if (found.length === 0) return null;
    await db.annotations.bulkDelete(found.map((a) => a.id));
    const label = found.length === 1 ? `Delete ${found[0]?.tag}` : `Delete ${found.length} annotations`;
    return { label, changes: found.map((a) => ({ id: a.id, before: a, after: null })) };
  });
}

/**
 * Replays a step (undo passes the inverted step) in one transaction. A record is written only if it is
 * still as the step left it: when another tab changed it since, that change wins and the record is
 * skipped, so undo never overwrites newer work. Returns how many records were written.
 */
export async function applyChanges(
  db: AnnotatorDatabase,
  changes: readonly RecordChange<Annotation>[],
): Promise<number> {
  return db.transaction("rw", db.annotations, async () => {
    let written = 0;
    for (const change of changes) {
      const current = (await db.annotations.get(change.id)) ?? null;
      if (!sameVersion(current, change.before)) continue;
      if (change.after) await db.annotations.put(change.after);
      else await db.annotations.delete(change.id);
      written++;
    }
    return written;
  });
}

function sameVersion(a: Annotation | null, b: Annotation | null): boolean {
  if (a === null || b === null) return a === b;
  return a.updatedAt === b.updatedAt && a.tag === b.tag && a.note === b.note && a.speakerId === b.speakerId;
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
  if (patch.tag !== undefined) return `Change tag to ${patch.tag}`;
  if (patch.note !== undefined) return "Edit note";
  if (patch.speakerId !== undefined) return "Change speaker";
  return "Edit annotation";
}
