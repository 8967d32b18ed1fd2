import type { AnnotationSet } from "../model/format/annotationSet";
import {
  type BratArticleFiles,
  type BratFileBytes,
  type BratImportReport,
  bratAnnotationSet,
} from "../model/format/bratImport";
import { MAX_IMPORT_BYTES, parseAnnotationSet } from "../model/format/parseAnnotationSet";
import { type ArticleChoice, articleChoices, proposedTargets } from "../model/importChoices";
import type { BratLeftOut, BratUpload } from "../model/importMessages";
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
  /**
   * Reads brat files (texts and the `.ann` chosen for each) as an annotation set named `name`, which
   * preview and apply then import; progress counts the articles read.
   */
  readBrat(
    name: string,
    articles: readonly BratArticleFiles<BratUpload>[],
    leftOut: BratLeftOut,
    onProgress?: Progress,
  ): Promise<
    | { ok: false; report: BratImportReport }
    | { ok: true; choices: ArticleChoice[]; targets: ImportTargets; report: BratImportReport }
  >;
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
    async readBrat(name, articles, leftOut, onProgress) {
      // All at once: one by one, the 168 files of PolNeAR's dev folder took 430 ms to read.
      let done = 0;
      const withBytes: BratArticleFiles<BratFileBytes>[] = await Promise.all(
        articles.map(async ({ text, ann, annotator }) => {
          const read = {
            text: await bytesOf(text),
            ann: ann && (await bytesOf(ann)),
            ...(annotator === undefined ? {} : { annotator }),
          };
          onProgress?.(++done, articles.length);
          return read;
        }),
      );
      const { set, report } = bratAnnotationSet(withBytes, new Date());
      report.problems.unshift(...leftOut.problems);
      report.notices.unshift(...leftOut.notices);
      if (!set.articles.length) return { ok: false, report };
      file = { name, data: set };
      placements.clear();
      // Only where the library holds a text alike enough to be another version of it is there a
      // choice to make; the others are new articles, as their files say.
      const choices = articleChoices(set, await libraryArticles(db)).filter((c) => c.proposed !== "new");
      return { ok: true, choices, targets: proposedTargets(choices), report };
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

/** A chosen file's bytes, and when it was last changed: the time its annotations are dated. */
async function bytesOf({ path, file }: BratUpload): Promise<BratFileBytes> {
  return {
    path,
    bytes: new Uint8Array(await file.arrayBuffer()),
    modifiedAt: new Date(file.lastModified || Date.now()).toISOString(),
  };
}
