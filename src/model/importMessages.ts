import type { BratArticleFiles, BratImportReport } from "./format/bratImport";
import type { ArticleChoice } from "./importChoices";
import type { ImportMode, ImportSummary, ImportTargets } from "./importPlan";

/**
 * What the page and the import worker say to each other (workers/annotationImport.worker.ts). The
 * worker holds the file it read, between the preview and the import, so that it crosses over once.
 */
/** A chosen or dropped file with its path in the chosen folder (or its name). */
export interface BratUpload {
  path: string;
  file: File;
}

/** What the page decided before the worker reads brat files: what is left out, and why. */
export interface BratLeftOut {
  problems: string[];
  notices: string[];
}

export type ToImportWorker =
  | { type: "read"; file: File }
  | { type: "readBrat"; name: string; articles: BratArticleFiles<BratUpload>[]; leftOut: BratLeftOut }
  | { type: "preview"; mode: ImportMode; targets: ImportTargets }
  | { type: "apply"; mode: ImportMode; targets: ImportTargets };

export type FromImportWorker =
  | { type: "progress"; placed: number; total: number }
  | { type: "read"; ok: false; error: string }
  | { type: "read"; ok: true; choices: ArticleChoice[]; targets: ImportTargets }
  | { type: "readBrat"; ok: false; report: BratImportReport }
  | { type: "readBrat"; ok: true; choices: ArticleChoice[]; targets: ImportTargets; report: BratImportReport }
  | { type: "previewed"; summary: ImportSummary }
  /**
   * The import's undo step: its label and kind, and its changes as JSON. Taking 100,000 rows in as
   * objects held the page for half a second when the import ended; a string crosses as one copy, and
   * is read only if the import is undone.
   */
  | { type: "applied"; summary: ImportSummary; step: { label: string; kind: string }; changes: string }
  | { type: "failed"; error: string };
