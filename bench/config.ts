/**
 * What a benchmark run measures and how often. `BENCH_QUICK=1` runs every scenario a few times only,
 * to try the benchmark itself; its results are written beside latest.json, never over it.
 */
export const QUICK = process.env.BENCH_QUICK === "1";

export const BENCH_CONFIG = {
  seed: 20_261_125,
  /** The generated article's size in UTF-8 bytes. */
  articleBytes: 1_000_000,
  annotationSets: [1_000, 10_000],
  /** Not 4173 (vite preview) nor 5173 (vite dev): a stale server there must not be measured. */
  port: 4180,
  viewport: { width: 1280, height: 800 },
  runs: QUICK
    ? { open: 2, edits: 8, export: 2, import: 2, scroll: 1, heap: 1 }
    : { open: 6, edits: 100, export: 5, import: 5, scroll: 2, heap: 2 },
  /**
   * Each edit loop (100 tags, retags or deletes) stops early once it has run this long, with at least
   * `minEdits` samples, so that a slow build cannot make the benchmark run for many minutes; the table
   * shows how many samples each figure has. BENCH_EDIT_BUDGET_S raises it.
   */
  editBudgetMs: Number(process.env.BENCH_EDIT_BUDGET_S ?? 10) * 1000,
  minEdits: QUICK ? 4 : 20,
  /** Unmeasured runs first, so that every measured run finds the code compiled and the files cached. */
  warmups: 1,
  /** An opening is interactive once no task over 50 ms has run for this long. */
  quietMs: 300,
  /** Pixels scrolled per frame: one viewport, so every frame shows only new text (a worst case). */
  scrollStepPx: 800,
  /**
   * A frame is long when its work took over 16.7 ms (one 60 Hz frame). requestAnimationFrame times are
   * frame start times on the display's beat, so a frame on time starts 16.5–16.8 ms after the one
   * before and a long one 33.3 ms or more: the threshold between them is 1.5 frames.
   */
  longFrameMs: 1.5 * 16.7,
} as const;

/** The same flags as playwright.config.ts: Debian's Chromium in a container. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
