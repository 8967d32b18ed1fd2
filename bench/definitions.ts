import type { Scenario, Subject } from "./results";

export type Statistic = "median" | "p95" | "max";

/**
 * The statistic that sums a figure up in the overview: the typical case for openings and sizes, the
 * 95th percentile for edits (one edit in twenty is slower), and the worst for the longest task or frame,
 * because one stop of the page is what a reader remembers.
 */
export const HEADLINE: Readonly<Record<Scenario, Statistic>> = {
  "open-text": "median",
  "first-highlight": "median",
  open: "median",
  "open-longest-task": "max",
  "library-table": "median",
  "heap-open": "median",
  "heap-scrolled": "median",
  "select-tasks": "max",
  tag: "p95",
  "tag-tasks": "max",
  retag: "p95",
  "retag-tasks": "max",
  delete: "p95",
  "delete-tasks": "max",
  "scroll-longest-frame": "max",
  "scroll-over-50": "max",
  "scroll-over-100": "max",
  "scroll-long-frames": "median",
  export: "median",
  "import-preview": "median",
  import: "median",
  "import-longest-task": "max",
  "js-size": "median",
  "css-size": "median",
};

/** What each figure is, in the reader's words: one label per scenario, the same for every subject. */
export const LABELS: Readonly<Record<Scenario, string>> = {
  "open-text": "open: text in view painted",
  "first-highlight": "open: first highlight in view painted",
  open: "open: painted and idle",
  "open-longest-task": "open: longest task",
  "library-table": "library: table of every article painted",
  "heap-open": "JS heap after opening (after GC)",
  "heap-scrolled": "JS heap after scrolling it all (after GC)",
  "select-tasks": "select by mouse drag: longest task",
  tag: "tag: key 1 → drawn frame",
  "tag-tasks": "tag: longest task in the next second",
  retag: "retag: Tag select → drawn frame",
  "retag-tasks": "retag: longest task in the next second",
  delete: "delete: Delete key → drawn frame",
  "delete-tasks": "delete: longest task in the next second",
  "scroll-longest-frame": "scroll by wheel: longest frame",
  "scroll-over-50": "scroll by wheel: frames over 50 ms",
  "scroll-over-100": "scroll by wheel: frames over 100 ms",
  "scroll-long-frames": "scroll by wheel: frames over 25 ms",
  export: "export JSON: click → file handed over",
  "import-preview": "import: file chosen → preview drawn",
  import: "import: Import click → result drawn",
  "import-longest-task": "import: longest task",
  "js-size": "first download: JS, gzipped",
  "css-size": "first download: CSS, gzipped",
};

/** The label of a figure: the scenario's, but the raw write's own for the import floor. */
export function labelOf(scenario: Scenario, subject: Subject): string {
  if (subject === "dexie" && scenario === "import") return "raw Dexie write of the same rows";
  if (subject === "dexie" && scenario === "import-longest-task") return "raw Dexie write: longest task";
  return LABELS[scenario];
}

/**
 * What each figure of the benchmark measures, written into every results file (config.notes) so the
 * file explains itself.
 */
export const MEASUREMENT_NOTES = [
  "profile: Chromium with a user-data directory on disk (a persistent context), so IndexedDB reads and writes go to disk as in a person's browser; a context without one keeps IndexedDB in memory",
  "texts: a generated article of 1 MB (seed paragraphs, an emoji or CJK Extension B character after about one word in 40, so offsets cross surrogate pairs all through) with 1,000, 10,000, 30,000 and 100,000 annotations; a 5 MB one and the 1 MB one on a single line, each with 10,000; a library of 1,000 articles with 20 annotations each",
  "open: from navigation start (a blank page before) until the frame showing the article's text in view is painted (open: text), the same for the first highlight in view, and further until no task over 50 ms has run for 300 ms (open: painted and idle; the figure is the end of the last such task); the longest task is the longest from navigation until then",
  "library: navigation until the frame in which the library's table holds a row for every article is painted",
  "tag, retag, delete: from the input event's timestamp (key 1 after a mouse drag over 3–12 words, a change of the sidebar's Tag select after clicking a highlight, the Delete key after clicking one) until the frame after the change appeared in the DOM has been rendered (a message posted from its requestAnimationFrame callback); the longest task is looked for in the second after the input event (the write, the speaker picker opening); select by drag: the longest task from the mouse down until the key press",
  "a longest task of 0 means no task over 50 ms (what the Long Tasks API reports)",
  "scroll: the mouse wheel over the article's text, 800 px per event, one event every 16.7 ms whether the page keeps up or not, from the top to the bottom of the whole article; frames are the intervals between requestAnimationFrame callbacks meanwhile; 'over 25 ms' is the share of frames whose work overran one 60 Hz frame",
  "heap: JS heap used after two forced garbage collections, in a tab of its own once the article is open, and in the scrolling tab after the whole article was scrolled",
  "export: click on Export JSON until the app hands the finished file to the browser; the file is read back and checked",
  "import: the annotation file of the 1 MB article (built by the app's export builder) chosen through 'Import annotations…' on the library page of an empty library, until the preview dialog is drawn; then the click on Import until the result line is drawn; every annotation is checked to be stored. Raw Dexie write: the same article, speakers and annotation rows written by bulkPut in one transaction into a fresh database of the app's schema in the same profile (fetching and parsing not timed)",
  "text-annotator: @recogito/text-annotator 4.1.1, default spans renderer, same text and layout; annotations are loaded with setAnnotations, each given its DOM Range, and added with addAnnotation on key 1; measured up to 30,000 annotations (opening 100,000 took it over a minute in a trial), and scrolled and weighed on the 1 MB article only",
  "plain ProseMirror: the app's document schema and CSS, an EditorView with no plugins and no highlights, reading the same stored article; measured beside each annotation set, whose size it ignores",
];
