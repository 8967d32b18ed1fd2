import type { ArticleChoice } from "./importChoices";
import type { ImportMode, ImportSummary, ImportTargets } from "./importPlan";

/**
 * What the page and the import worker say to each other (workers/annotationImport.worker.ts). The
 * worker holds the file it read, between the preview and the import, so that it crosses over once.
 */
export type ToImportWorker =
  | { type: "read"; file: File }
  | { type: "preview"; mode: ImportMode; targets: ImportTargets }
  | { type: "apply"; mode: ImportMode; targets: ImportTargets };

export type FromImportWorker =
  | { type: "progress"; placed: number; total: number }
  | { type: "read"; ok: false; error: string }
  | { type: "read"; ok: true; choices: ArticleChoice[]; targets: ImportTargets }
  | { type: "previewed"; summary: ImportSummary }
  | { type: "applied"; summary: ImportSummary; step: unknown }
  | { type: "failed"; error: string };
