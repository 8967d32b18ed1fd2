import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { armExportProbe, readExportTiming } from "../browser/exportProbe";

/**
 * The app's "Export JSON" in the open reader, `runs` times: milliseconds from the click until the file
 * is handed to the browser. The first download is read back and checked to hold every annotation, so a
 * fast but broken export cannot pass.
 */
export async function measureExport(
  page: Page,
  runs: number,
  expectedAnnotations: number,
): Promise<number[]> {
  const samples: number[] = [];
  const button = page.getByRole("button", { name: "Export JSON" });
  for (let run = 0; run < runs; run++) {
    await page.evaluate(armExportProbe);
    const download = page.waitForEvent("download");
    await button.click();
    const file = await download;
    const handle = await page.waitForFunction(readExportTiming, undefined, { timeout: 60_000 });
    const timing = await handle.jsonValue();
    if (!timing || timing.start === null || timing.end === null)
      throw new Error("the export probe did not fire");
    samples.push(timing.end - timing.start);
    if (run === 0) {
      const data = JSON.parse(await readFile(await file.path(), "utf8")) as {
        articles?: { annotations?: unknown[] }[];
      };
      const count = data.articles?.[0]?.annotations?.length;
      if (count !== expectedAnnotations) {
        throw new Error(`the export holds ${count} annotations, expected ${expectedAnnotations}`);
      }
    }
    await file.delete();
  }
  return samples;
}
