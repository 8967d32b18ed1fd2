import type { Page } from "@playwright/test";
import { scrollPosition, startFrameRecorder, stopFrameRecorder } from "../browser/scrollProbe";
import { type FrameStats, frameStats } from "../frames";
import { heapAfterGarbageCollection, openOnce } from "./open";

export interface WheelOptions {
  deltaPx: number;
  intervalMs: number;
  /** Stop after this many pixels even if the article goes on. */
  maxPx: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Scrolls the open page from the top to the bottom with the mouse wheel over the article's text: one
 * wheel event of `deltaPx` every `intervalMs`, sent at that pace whether or not the page keeps up (a
 * person's hand does not wait for the page), and returns the intervals between the frames produced
 * meanwhile.
 */
export async function wheelThrough(page: Page, options: WheelOptions): Promise<number[]> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const { over } = await page.evaluate(scrollPosition);
  await page.mouse.move(over.x, over.y);
  await page.evaluate(startFrameRecorder);
  let sent = 0;
  let lastY = -1;
  let stuck = 0;
  let next = performance.now();
  for (let event = 1; ; event++) {
    await page.mouse.wheel(0, options.deltaPx);
    sent += options.deltaPx;
    if (sent >= options.maxPx) break;
    if (event % 10 === 0) {
      const { y, max } = await page.evaluate(scrollPosition);
      if (y >= max - 1) break;
      stuck = y === lastY ? stuck + 1 : 0;
      if (stuck >= 30) throw new Error(`the wheel stopped scrolling at ${y} of ${max} px`);
      lastY = y;
    }
    next += options.intervalMs;
    const wait = next - performance.now();
    if (wait > 0) await sleep(wait);
    else next = performance.now();
  }
  // The last wheel events' smooth scrolling ends within a few frames.
  await sleep(300);
  return page.evaluate(stopFrameRecorder);
}

export interface ScrollFigures {
  runs: FrameStats[];
  /** JS heap after the last scroll, after garbage collection (MB). */
  heapMb: number;
}

/**
 * In a tab of its own: opens `url` and scrolls the whole article by wheel once per run, then takes the
 * heap (last, since it slows the tab down; see heapAfterGarbageCollection).
 */
export async function measureScroll(
  newPage: () => Promise<Page>,
  url: string,
  options: { runs: number; quietMs: number; wheel: WheelOptions; longFrameMs: number },
): Promise<ScrollFigures> {
  const page = await newPage();
  try {
    const runs: FrameStats[] = [];
    for (let run = 0; run < options.runs; run++) {
      await openOnce(page, url, options);
      runs.push(frameStats(await wheelThrough(page, options.wheel), options.longFrameMs));
    }
    return { runs, heapMb: await heapAfterGarbageCollection(page) };
  } finally {
    await page.close();
  }
}

/** In a tab of its own: opens `url` and takes the heap once it is open (MB). */
export async function heapAfterOpening(
  newPage: () => Promise<Page>,
  url: string,
  options: { quietMs: number },
): Promise<number> {
  const page = await newPage();
  try {
    await openOnce(page, url, options);
    return await heapAfterGarbageCollection(page);
  } finally {
    await page.close();
  }
}
