import type { AnnotationSet } from "../model/format/annotationSet";
import { MAX_IMPORT_BYTES, parseAnnotationSet } from "../model/format/parseAnnotationSet";
import { type ArticleChoice, articleChoices, proposedTargets } from "../model/importChoices";
import type { ImportMode, ImportSummary, ImportTargets } from "../model/importPlan";
import type { ReanchorResult } from "../model/reanchor";
import { applyImport, previewImport } from "./annotationImport";
import type { StoreStep } from "./changes";
import { libraryArticles } from "./library";
import type { AnnotatorDatabase } from "./schema";

export type Progress = (placed: number, total: number) => void;

/**
 * One annotation file's import, from reading it to writing it: what the import worker runs, so that
 * parsing a file of tens of megabytes and placing thousands of annotations again never holds the page.
 * The file is read once; placements made for the preview are reused by the import.
 */
export interface ImportJob {
  read(
    file: File,
  ): Promise<{ ok: false; error: string } | { ok: true; choices: ArticleChoice[]; targets: ImportTargets }>;
  preview(mode: ImportMode, targets: ImportTargets, onProgress?: Progress): Promise<ImportSummary>;
  apply(
    mode: ImportMode,
    targets: ImportTargets,
    onProgress?: Progress,
  ): Promise<{ summary: ImportSummary; step: StoreStep }>;
}

export function importJob(db: AnnotatorDatabase): ImportJob {
  let file: { name: string; data: AnnotationSet } | null = null;
  const placements = new Map<string, ReanchorResult>();
  const current = () => {
    if (!file) throw new Error("no annotation file has been read");
    return file;
  };
  return {
    async read(chosen) {
      // A file over the limit is refused by its size, before it is read into memory.
      const parsed =
        chosen.size > MAX_IMPORT_BYTES
          ? parseAnnotationSet(chosen.name, "", chosen.size)
          : parseAnnotationSet(chosen.name, new Uint8Array(await chosen.arrayBuffer()));
      if (!parsed.ok) return parsed;
      file = { name: chosen.name, data: parsed.data };
      placements.clear();
      const choices = articleChoices(parsed.data, await libraryArticles(db));
      return { ok: true, choices, targets: proposedTargets(choices) };
    },
    async preview(mode, targets, onProgress) {
      const { name, data } = current();
      return (await previewImport(db, data, mode, name, targets, { placements, onProgress })).summary;
    },
    async apply(mode, targets, onProgress) {
      const { name, data } = current();
      const { plan, step } = await applyImport(db, data, mode, name, targets, { placements, onProgress });
      return { summary: plan.summary, step };
    },
  };
}
