import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { type AnnotationSet, fromExported } from "../../src/model/format/annotationSet";
import type { Annotation } from "../../src/model/types";
import { armExportProbe, readExportTiming } from "../browser/exportProbe";

/**
 * The app's "Export JSON" in the open reader, `runs` times: milliseconds from the click until the file
 * is handed to the browser. The first download is read back and checked to hold every annotation, so a
 * fast but broken export cannot pass; its text is returned for the import.
 */
export async function measureExport(
  page: Page,
  runs: number,
  expectedAnnotations: number,
): Promise<{ samples: number[]; fileText: string }> {
  const samples: number[] = [];
  let fileText = "";
  const button = page.getByRole("button", { name: "Export JSON" });
  for (let run = 0; run < runs; run++) {
    await page.evaluate(armExportProbe);
    const download = page.waitForEvent("download");
    await button.click();
    const file = await download;
    const handle = await page.waitForFunction(readExportTiming, undefined, { timeout: 10_000 });
    const timing = await handle.jsonValue();
    if (!timing || timing.start === null || timing.end === null)
      throw new Error("the export probe did not fire");
    samples.push(timing.end - timing.start);
    if (run === 0) {
      fileText = await readFile(await file.path(), "utf8");
      const data = JSON.parse(fileText) as {
        articles?: { annotations?: unknown[] }[];
      };
      const count = data.articles?.[0]?.annotations?.length;
      if (count !== expectedAnnotations) {
        throw new Error(`the export holds ${count} annotations, expected ${expectedAnnotations}`);
      }
    }
    await file.delete();
  }
  return { samples, fileText };
}

export interface StoreWriteFigures {
  import: { ms: number[]; parseMs: number[] };
  bulkPut: number[];
}

interface BenchStore {
  setInput(fileText: string, rows: Annotation[]): number;
  importFile(name: string): Promise<{ ms: number; stored: number; parseMs: number }>;
  bulkPutRows(name: string): Promise<{ ms: number; stored: number }>;
}

/** The annotation rows of an export file of one article, as the store keeps them. */
export function rowsOfExport(fileText: string): Annotation[] {
  const data = JSON.parse(fileText) as AnnotationSet;
  return data.articles.flatMap((article) => article.annotations.map((a) => fromExported(a, article.id)));
}

/**
 * In the store page: the app's export file imported by the app's import, and the same annotation rows
 * written by a raw Dexie bulkPut, each into a fresh database, alternating which goes first; every run
 * checks that all rows were stored.
 */
export async function measureStoreWrites(
  page: Page,
  url: string,
  fileText: string,
  options: { runs: number; warmups: number },
): Promise<StoreWriteFigures> {
  const rows = rowsOfExport(fileText);
  await page.goto(url);
  await page.waitForFunction(() => "benchStore" in window);
  await page.evaluate(
    ([text, r]) => (window as unknown as { benchStore: BenchStore }).benchStore.setInput(text, r),
    [fileText, rows] as const,
  );
  const figures: StoreWriteFigures = { import: { ms: [], parseMs: [] }, bulkPut: [] };
  for (let run = -options.warmups; run < options.runs; run++) {
    const order = run % 2 === 0 ? (["import", "bulkPut"] as const) : (["bulkPut", "import"] as const);
    for (const which of order) {
      const name = `bench-${which}-${run + options.warmups}`;
      const result: { ms: number; stored: number; parseMs?: number } = await page.evaluate(
        ([w, n]) => {
          const store = (window as unknown as { benchStore: BenchStore }).benchStore;
          return w === "import" ? store.importFile(n) : store.bulkPutRows(n);
        },
        [which, name] as const,
      );
      if (result.stored !== rows.length) {
        throw new Error(`${which} stored ${result.stored} of ${rows.length} annotations`);
      }
      if (run < 0) continue;
      if (which === "bulkPut") figures.bulkPut.push(result.ms);
      else {
        figures.import.ms.push(result.ms);
        figures.import.parseMs.push(result.parseMs ?? 0);
      }
    }
  }
  return figures;
}
