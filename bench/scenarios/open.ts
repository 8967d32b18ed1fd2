import type { Page } from "@playwright/test";
import { waitForOpen } from "../browser/openProbe";
import type { Subject } from "../results";

export interface OpenVariant {
  subject: Subject;
  url: string;
}

export interface OpenFigures {
  /** Navigation start → highlights in view drawn, painted, and no long task for the quiet window. */
  interactive: number[];
  /** Navigation start → first highlight in view in the DOM. */
  drawn: number[];
}

/** One navigation from a blank page to `url`, timed by the page's open probe. */
export async function openOnce(page: Page, url: string, quietMs: number) {
  await page.goto("about:blank");
  await page.goto(url, { waitUntil: "domcontentloaded" });
  return page.evaluate(waitForOpen, quietMs);
}

/**
 * The JS heap in use after two full garbage collections (MB). It attaches a DevTools session to the
 * page, which leaves the renderer measurably slower afterwards (scrolling had several times more long
 * frames in a trial), so the benchmark takes it only once every timing of a page is done.
 */
export async function heapAfterGarbageCollection(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}

/**
 * Opens every variant `runs` times, round-robin so that a slow moment of the machine is shared rather
 * than falling on one contender, after `warmups` unmeasured openings each.
 */
export async function measureOpens(
  page: Page,
  variants: readonly OpenVariant[],
  options: { runs: number; warmups: number; quietMs: number },
): Promise<Map<Subject, OpenFigures>> {
  const figures = new Map<Subject, OpenFigures>(
    variants.map((v) => [v.subject, { interactive: [], drawn: [] }]),
  );
  for (let run = -options.warmups; run < options.runs; run++) {
    for (const variant of variants) {
      const timing = await openOnce(page, variant.url, options.quietMs);
      if (run < 0) continue;
      const f = figures.get(variant.subject);
      f?.interactive.push(timing.interactiveAt);
      f?.drawn.push(timing.drawnAt);
    }
  }
  return figures;
}

/** Opens every variant `runs` times and takes the heap once it is open (MB per run). */
export async function measureHeap(
  page: Page,
  variants: readonly OpenVariant[],
  options: { runs: number; quietMs: number },
): Promise<Map<Subject, number[]>> {
  const heaps = new Map<Subject, number[]>(variants.map((v) => [v.subject, []]));
  for (let run = 0; run < options.runs; run++) {
    for (const variant of variants) {
      await openOnce(page, variant.url, options.quietMs);
      heaps.get(variant.subject)?.push(await heapAfterGarbageCollection(page));
    }
  }
  return heaps;
}
