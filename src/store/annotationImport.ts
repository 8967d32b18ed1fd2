import { type AnnotationSet, asOwnWork } from "../model/format/annotationSet";
import {
  type ImportMode,
  type ImportPlan,
  type ImportTargets,
  type LibraryState,
  type PlanningWork,
  planImport,
} from "../model/importPlan";
import type { StoreChange, StoreStep } from "./changes";
import { libraryArticles } from "./library";
import { readOwnName } from "./meta";
import type { AnnotatorDatabase } from "./schema";

/** The plan for importing `data` into the library as it is now, to show the user before anything is written. */
export async function previewImport(
  db: AnnotatorDatabase,
  data: AnnotationSet,
  mode: ImportMode,
  fileName: string,
  targets?: ImportTargets,
  work?: PlanningWork,
): Promise<ImportPlan> {
  // The library is read in a transaction of its own, and the planning (which may take seconds of
  // re-anchoring) runs after it, outside any transaction.
  const [library, ownName] = await db.transaction(
    "r",
    db.articles,
    db.annotations,
    db.speakers,
    db.meta,
    () => Promise.all([libraryState(db), readOwnName(db)]),
  );
  return planImport(asOwnWork(data, ownName ?? undefined), library, mode, fileName, undefined, targets, work);
}

/**
 * Imports in one transaction, planning again inside it so that a change made meanwhile (another tab)
 * is taken into account: if anything fails (quota, a closed tab, a killed browser) the database is
 * exactly as before, never half-imported. Returns what was done, and the step that undoes it.
 */
export async function applyImport(
  db: AnnotatorDatabase,
  data: AnnotationSet,
  mode: ImportMode,
  fileName: string,
  targets?: ImportTargets,
  work?: PlanningWork,
): Promise<{ plan: ImportPlan; step: StoreStep }> {
  return db.transaction("rw", db.articles, db.annotations, db.speakers, db.meta, async () => {
    const library = await libraryState(db);
    // The user's own work, exported from another browser under their name, is theirs again here.
    const own = asOwnWork(data, (await readOwnName(db)) ?? undefined);
    // Planned again inside the write (another tab may have changed the library since the preview);
    // with the preview's placements, no annotation is re-anchored twice.
    const plan = planImport(own, library, mode, fileName, undefined, targets, work);
    if (plan.deleteAnnotationIds.length) await db.annotations.bulkDelete(plan.deleteAnnotationIds);
    if (plan.deleteSpeakerIds.length) await db.speakers.bulkDelete(plan.deleteSpeakerIds);
    if (plan.articles.length) await db.articles.bulkPut(plan.articles);
    if (plan.speakers.length) await db.speakers.bulkPut(plan.speakers);
    if (plan.annotations.length) await db.annotations.bulkPut(plan.annotations);
    return { plan, step: importStep(plan, library, fileName) };
  });
}

/** Every record the import wrote or removed, with its state before (from the library it planned on). */
function importStep(plan: ImportPlan, library: LibraryState, fileName: string): StoreStep {
  const annotations = new Map(library.annotations.map((a) => [a.id, a]));
  const speakers = new Map(library.speakers.map((s) => [s.id, s]));
  const articles = new Map(library.articles.map((a) => [a.id, a]));
  const changes: StoreChange[] = [
    ...plan.deleteAnnotationIds.map((id) => ({
      table: "annotations" as const,
      id,
      before: annotations.get(id) ?? null,
      after: null,
    })),
    ...plan.deleteSpeakerIds.map((id) => ({
      table: "speakers" as const,
      id,
      before: speakers.get(id) ?? null,
      after: null,
    })),
    ...plan.articles.map((after) => ({
      table: "articles" as const,
      id: after.id,
      before: articles.get(after.id) ?? null,
      after,
    })),
    ...plan.speakers.map((after) => ({
      table: "speakers" as const,
      id: after.id,
      before: speakers.get(after.id) ?? null,
      after,
    })),
    ...plan.annotations.map((after) => ({
      table: "annotations" as const,
      id: after.id,
      before: annotations.get(after.id) ?? null,
      after,
    })),
  ];
  return { kind: "import-annotations", label: `Import ${fileName}`, changes };
}

async function libraryState(db: AnnotatorDatabase): Promise<LibraryState> {
  const [articles, annotations, speakers] = await Promise.all([
    libraryArticles(db),
    db.annotations.toArray(),
    db.speakers.toArray(),
  ]);
  return { articles, annotations, speakers };
}
