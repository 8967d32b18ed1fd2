import type { Page } from "@playwright/test";
import { scrollThrough } from "../browser/scrollProbe";
import { summarize } from "../stats";
import { openOnce } from "./open";

export interface ScrollFigures {
  /** Per run: share of frames whose work overran one 60 Hz frame (%). */
  longFramePercent: number[];
  frames: number[];
  /** Per run: the 95th percentile of frame intervals (ms). */
  p95FrameMs: number[];
}

/** Opens `url`, waits until it is idle, then scrolls the whole article once per run. */
export async function measureScroll(
  page: Page,
  url: string,
  options: { runs: number; quietMs: number; stepPx: number; longFrameMs: number },
): Promise<ScrollFigures> {
  const figures: ScrollFigures = { longFramePercent: [], frames: [], p95FrameMs: [] };
  for (let run = 0; run < options.runs; run++) {
    await openOnce(page, url, options.quietMs);
    const deltas = await page.evaluate(scrollThrough, options.stepPx);
    if (deltas.length === 0) throw new Error(`nothing to scroll at ${url}`);
    const long = deltas.filter((d) => d > options.longFrameMs).length;
    figures.longFramePercent.push((100 * long) / deltas.length);
    figures.frames.push(deltas.length);
    figures.p95FrameMs.push(summarize(deltas).p95);
  }
  return figures;
}
