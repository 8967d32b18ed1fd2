import type { ArticleKey } from "./results";

/**
 * What a benchmark run measures and how often. `BENCH_QUICK=1` runs every scenario at every size a few
 * times only (and scrolls 30 screens instead of the whole article), to try the benchmark itself; its
 * results are written beside latest.json, never over it.
 */
export const QUICK = process.env.BENCH_QUICK === "1";

export interface ArticleSpec {
  key: ArticleKey;
  /** The generated text's size in UTF-8 bytes. */
  bytes: number;
  layout: "paragraphs" | "one-line";
  /** Annotation sets measured on it. */
  sizes: readonly number[];
}

/** How many times each figure is taken at one article and size. */
export interface Runs {
  open: number;
  /** Unmeasured openings first, so that measured ones find the code compiled and the files cached. */
  openWarmups: number;
  tag: number;
  retag: number;
  delete: number;
  textAnnotatorTag: number;
  scroll: number;
  export: number;
}

export const REFERENCE_SIZE = 10_000;

export const BENCH_CONFIG = {
  seed: 20_261_125,
  /** The 1 MB article at every size; the 5 MB and the one-line one at the reference size. */
  articles: [
    { key: "1mb", bytes: 1_000_000, layout: "paragraphs", sizes: [1_000, REFERENCE_SIZE, 30_000, 100_000] },
    { key: "5mb", bytes: 5_000_000, layout: "paragraphs", sizes: [REFERENCE_SIZE] },
    { key: "1mb-one-line", bytes: 1_000_000, layout: "one-line", sizes: [REFERENCE_SIZE] },
  ] satisfies ArticleSpec[] as readonly ArticleSpec[],
  /** About one word in this many is followed by an emoji or a CJK Extension B character. */
  outsideBmpEvery: 40,
  library: {
    articles: 1_000,
    words: [300, 1_500] as const,
    annotationsPerArticle: 20,
    runs: QUICK ? 2 : 5,
  },
  /** Annotation files of the 1 MB article imported through the UI, runs of each. */
  imports: QUICK
    ? [
        { annotations: 1_000, runs: 1 },
        { annotations: 10_000, runs: 1 },
        { annotations: 30_000, runs: 1 },
        { annotations: 100_000, runs: 1 },
      ]
    : [
        { annotations: 1_000, runs: 3 },
        { annotations: 10_000, runs: 3 },
        { annotations: 30_000, runs: 2 },
        { annotations: 100_000, runs: 1 },
      ],
  /**
   * text-annotator is measured up to this many annotations: above, opening it takes minutes (its
   * figures then say so instead).
   */
  textAnnotatorUpTo: Number(process.env.BENCH_TEXT_ANNOTATOR_UP_TO ?? 30_000),
  /** Not 4173 (vite preview) nor 5173 (vite dev): a stale server there must not be measured. */
  port: Number(process.env.BENCH_PORT ?? 4180),
  viewport: { width: 1280, height: 800 },
  /**
   * A run whose 1-minute load average is above this at its start or end is not written to latest.json
   * (2 cores: 1.5 means the machine already had most of a core busy with other work).
   */
  maxLoad: Number(process.env.BENCH_MAX_LOAD ?? 1.5),
  /** Unmeasured openings of the library first. */
  warmups: 1,
  /** An opening is interactive once no task over 50 ms has run for this long. */
  quietMs: 300,
  /** The longest task after an edit is looked for in this window from the input event. */
  afterEditMs: 1_000,
  /** Each edit loop stops once it has run this long and has at least `minEdits` samples. */
  editBudgetMs: Number(process.env.BENCH_EDIT_BUDGET_S ?? 40) * 1000,
  minEdits: QUICK ? 2 : 5,
  wheel: {
    /** Pixels per wheel event: a fast flick, about one screen per frame, so each frame shows new text. */
    deltaPx: 800,
    /** One wheel event per 60 Hz frame, sent at this pace whatever the page does. */
    intervalMs: 1000 / 60,
    /** Quick runs scroll this far only. */
    maxPx: QUICK ? 30 * 800 : Number.POSITIVE_INFINITY,
    /**
     * A scroll stops after this long (the 5 MB article takes about a minute at this pace), and its
     * figures say how far it got: a page that stalls for seconds a frame must not hold the run.
     */
    maxMs: 90_000,
  },
  /**
   * A frame is long when its work took over 16.7 ms (one 60 Hz frame): it starts 33.3 ms or more after
   * the one before, where a frame on time starts 16.5–16.8 ms after it; the threshold between is 1.5
   * frames.
   */
  longFrameMs: 1.5 * 16.7,
} as const;

/**
 * Fewer runs where one takes long: the 30,000 and 100,000 sets, the 5 MB and the one-line article.
 * There, openings take seconds each and go without an unmeasured one first (the app's code is cached
 * by then from the sizes before).
 */
export function runsAt(article: ArticleKey, annotations: number): Runs {
  if (QUICK)
    return {
      open: 2,
      openWarmups: 1,
      tag: 3,
      retag: 2,
      delete: 2,
      textAnnotatorTag: 2,
      scroll: 1,
      export: 1,
    };
  const large = article !== "1mb" || annotations > REFERENCE_SIZE;
  if (large) {
    return {
      open: 3,
      openWarmups: 0,
      tag: 8,
      retag: 5,
      delete: 5,
      textAnnotatorTag: 5,
      scroll: 1,
      export: annotations > 30_000 ? 1 : 2,
    };
  }
  return {
    open: 5,
    openWarmups: 1,
    tag: 12,
    retag: 8,
    delete: 8,
    textAnnotatorTag: 8,
    scroll: 1,
    export: 3,
  };
}

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
