import type { Page } from "@playwright/test";
import { armImportProbe, type ImportTiming, readImportTiming } from "../browser/importProbe";
import { storedAnnotationCount } from "../browser/seedDatabase";
import { longTasksSince } from "../browser/taskLog";
import { longestTaskIn } from "../tasks";

export interface ImportSample {
  /** File chosen → preview dialog drawn. */
  previewMs: number;
  /** Click on Import → result drawn. */
  doneMs: number;
  /** The longest task from the file chosen until the result was drawn. */
  longestTaskMs: number;
}

export interface RawWriteSample {
  ms: number;
  longestTaskMs: number;
}

/** Waits in the page for the import's stage, failing with what the app said if it refused. */
async function importStage(page: Page, stage: "preview" | "done"): Promise<ImportTiming> {
  const handle = await page.waitForFunction(readImportTiming, stage, { timeout: 10 * 60_000, polling: 50 });
  const timing = await handle.jsonValue();
  if (!timing) throw new Error("the import probe did not fire");
  if (timing.error !== null) throw new Error(`the import failed: ${timing.error}`);
  return timing;
}

/**
 * Imports the annotation file at `path` on the library page (already open, its database empty but for
 * the bundled articles), as a person does: "Import annotations…", the file chosen in the chooser, the
 * preview read, Import clicked, the result awaited. Checks that every annotation was stored.
 */
export async function importThroughUi(page: Page, path: string, expected: number): Promise<ImportSample> {
  await page.evaluate(armImportProbe);
  const choosing = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import annotations…" }).click();
  await (await choosing).setFiles(path);
  await importStage(page, "preview");
  await page.getByRole("dialog").getByRole("button", { name: "Import", exact: true }).click();
  const timing = await importStage(page, "done");
  const { chosenAt, previewDrawnAt, clickedAt, doneDrawnAt } = timing;
  if (chosenAt === null || previewDrawnAt === null || clickedAt === null || doneDrawnAt === null)
    throw new Error(`the import probe missed a stage: ${JSON.stringify(timing)}`);
  const tasks = await page.evaluate(longTasksSince, { from: chosenAt, until: doneDrawnAt });
  const stored = await page.evaluate(storedAnnotationCount);
  if (stored !== expected) throw new Error(`the import stored ${stored} of ${expected} annotations`);
  return {
    previewMs: previewDrawnAt - chosenAt,
    doneMs: doneDrawnAt - clickedAt,
    longestTaskMs: longestTaskIn(tasks, chosenAt, doneDrawnAt),
  };
}

interface BenchStore {
  rawWrite(name: string, url: string): Promise<{ start: number; end: number; stored: number }>;
}

/** In the store page (`url`): the same rows written by raw Dexie bulkPuts into a fresh database. */
export async function rawWrite(
  page: Page,
  url: string,
  payloadUrl: string,
  name: string,
  expected: number,
): Promise<RawWriteSample> {
  await page.goto(url);
  await page.waitForFunction(() => "benchStore" in window);
  const { start, end, stored } = await page.evaluate(
    ([n, u]) => (window as unknown as { benchStore: BenchStore }).benchStore.rawWrite(n, u),
    [name, payloadUrl] as const,
  );
  if (stored !== expected) throw new Error(`the raw write stored ${stored} of ${expected} annotations`);
  const tasks = await page.evaluate(longTasksSince, { from: start, until: end });
  return { ms: end - start, longestTaskMs: longestTaskIn(tasks, start, end) };
}
