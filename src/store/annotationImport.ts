import type { AnnotationSet } from "../model/format/annotationSet";
import { type ImportMode, type ImportPlan, type LibraryState, planImport } from "../model/importPlan";
import { libraryArticles } from "./library";
import type { AnnotatorDatabase } from "./schema";

/** The plan for importing `data` into the library as it is now, to show the user before anything is written. */
export async function previewImport(
  db: AnnotatorDatabase,
  data: AnnotationSet,
  mode: ImportMode,
  fileName: string,
): Promise<ImportPlan> {
  return db.transaction("r", db.articles, db.annotations, db.speakers, async () =>
    planImport(data, await libraryState(db), mode, fileName),
  );
}

/**
 * Imports in one transaction, planning again inside it so that a change made meanwhile (another tab)
 * is taken into account: if anything fails (quota, a closed tab, a killed browser) the database is
 * exactly as before, never half-imported.
 */
export async function applyImport(
  db: AnnotatorDatabase,
  data: AnnotationSet,
  mode: ImportMode,
  fileName: string,
): Promise<ImportPlan> {
  return db.transaction("rw", db.articles, db.annotations, db.speakers, async () => {
    const plan = planImport(data, await libraryState(db), mode, fileName);
    if (plan.deleteAnnotationIds.length) await db.annotations.bulkDelete(plan.deleteAnnotationIds);
    if (plan.deleteSpeakerIds.length) await db.speakers.bulkDelete(plan.deleteSpeakerIds);
    if (plan.articles.length) await db.articles.bulkPut(plan.articles);
    if (plan.speakers.length) await db.speakers.bulkPut(plan.speakers);
    if (plan.annotations.length) await db.annotations.bulkPut(plan.annotations);
    return plan;
  });
}

async function libraryState(db: AnnotatorDatabase): Promise<LibraryState> {
  const [articles, annotations, speakers] = await Promise.all([
    libraryArticles(db),
    db.annotations.toArray(),
    db.speakers.toArray(),
  ]);
  return { articles, annotations, speakers };
}
