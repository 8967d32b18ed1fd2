import type { Page } from "@playwright/test";
import { scrollPosition, startFrameRecorder, stopFrameRecorder } from "../browser/scrollProbe";
import { type FrameStats, frameStats } from "../frames";
import { heapAfterGarbageCollection, openOnce } from "./open";

export interface WheelOptions {
  deltaPx: number;
  intervalMs: number;
  /** Stop after this many pixels even if the article goes on. */
  maxPx: number;
  /** Stop after this long even if the article goes on: a page that stalls must not stall the run. */
  maxMs: number;
}

/** Wheel events sent but not yet taken by the browser, at most: a hand keeps turning the wheel. */
const IN_FLIGHT = 4;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Scrolls the open page from the top to the bottom with the mouse wheel over the article's text: one
 * wheel event of `deltaPx` every `intervalMs`, without waiting for the browser to take each (up to a
 * few in flight: a person's hand does not wait for the page, and the browser merges wheel events that
 * queue up while its main thread is busy), and returns the intervals between the frames produced
 * meanwhile and how much of the article was scrolled (1: all).
 */
export async function wheelThrough(
  page: Page,
  options: WheelOptions,
): Promise<{ intervals: number[]; scrolled: number }> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const { over } = await page.evaluate(scrollPosition);
  await page.mouse.move(over.x, over.y);
  await page.evaluate(startFrameRecorder);
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  let sent = 0;
  let next = started;
  let position = { y: 0, max: 1 };
  for (let event = 1; ; event++) {
    inFlight.push(page.mouse.wheel(0, options.deltaPx));
    if (inFlight.length > IN_FLIGHT) await inFlight.shift();
    sent += options.deltaPx;
    if (sent >= options.maxPx || performance.now() - started > options.maxMs) break;
    if (event % 30 === 0) {
      position = await page.evaluate(scrollPosition);
      if (position.y >= position.max - 1) break;
    }
    next += options.intervalMs;
    const wait = next - performance.now();
    if (wait > 0) await sleep(wait);
    else next = performance.now();
  }
  await Promise.all(inFlight);
  // The last wheel events' smooth scrolling ends within a few frames.
  await sleep(300);
  position = await page.evaluate(scrollPosition);
  return {
    intervals: await page.evaluate(stopFrameRecorder),
    scrolled: Math.min(1, position.y / position.max),
  };
}

export interface ScrollFigures {
  runs: (FrameStats & { scrolled: number })[];
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
  options: { runs: number; quietMs: number; annotations?: number; wheel: WheelOptions; longFrameMs: number },
): Promise<ScrollFigures> {
  const page = await newPage();
  try {
    const runs: ScrollFigures["runs"] = [];
    for (let run = 0; run < options.runs; run++) {
      await openOnce(page, url, options);
      const { intervals, scrolled } = await wheelThrough(page, options.wheel);
      runs.push({ ...frameStats(intervals, options.longFrameMs), scrolled });
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
  options: { quietMs: number; annotations?: number },
): Promise<number> {
  const page = await newPage();
  try {
    await openOnce(page, url, options);
    return await heapAfterGarbageCollection(page);
  } finally {
    await page.close();
  }
}
