import type { Page } from "@playwright/test";
import { type OpenTiming, waitForOpen } from "../browser/openProbe";
import type { Subject } from "../results";

export interface OpenVariant {
  subject: Subject;
  url: string;
}

export interface OpenFigures {
  /** Navigation start → the article's text in view, painted. */
  text: number[];
  /** Navigation start → the first highlight in view, painted (empty where there are none). */
  highlight: number[];
  /** … → highlights in view painted and no long task for the quiet window. */
  interactive: number[];
  /** The longest task from navigation until interactive. */
  longestTask: number[];
}

/**
 * One navigation from a blank page to `url`, timed by the page's open probe; `rows` waits for the
 * library's table to hold that many rows instead of the article's text and highlights, `annotations`
 * for the app's reader to have read that many.
 */
export async function openOnce(
  page: Page,
  url: string,
  options: { quietMs: number; rows?: number; annotations?: number },
): Promise<OpenTiming> {
  await page.goto("about:blank");
  await page.goto(url, { waitUntil: "domcontentloaded" });
  return page.evaluate(waitForOpen, {
    quietMs: options.quietMs,
    rows: options.rows ?? null,
    annotations: options.annotations ?? null,
  });
}

/**
 * Opens every variant `runs` times, round-robin so that a slow moment of the machine is shared rather
 * than falling on one contender, after `warmups` unmeasured openings each.
 */
export async function measureOpens(
  page: Page,
  variants: readonly OpenVariant[],
  options: { runs: number; warmups: number; quietMs: number; annotations?: number },
): Promise<Map<Subject, OpenFigures>> {
  const figures = new Map<Subject, OpenFigures>(
    variants.map((v) => [v.subject, { text: [], highlight: [], interactive: [], longestTask: [] }]),
  );
  for (let run = -options.warmups; run < options.runs; run++) {
    for (const variant of variants) {
      const timing = await openOnce(page, variant.url, options);
      if (run < 0) continue;
      const f = figures.get(variant.subject);
      if (!f) continue;
      f.text.push(timing.textPaintedAt);
      if (timing.highlightPaintedAt !== null) f.highlight.push(timing.highlightPaintedAt);
      f.interactive.push(timing.interactiveAt);
      f.longestTask.push(timing.longestTask);
    }
  }
  return figures;
}

/**
 * The JS heap in use after two full garbage collections (MB). It attaches a DevTools session to the
 * page, which leaves the renderer measurably slower afterwards (scrolling had several times more long
 * frames in a trial), so the benchmark takes it in a tab of its own, or last in a tab.
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
