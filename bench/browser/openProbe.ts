/**
 * Runs in every page of the benchmark before the page's own scripts (an init script, after the task
 * log), and times an opening from the start of navigation:
 *
 * - `text`: the first frame that shows the article's text in the viewport, until that frame has been
 *   produced (painted);
 * - `highlight`: the same for the first highlight in the viewport (the app and text-annotator; every
 *   highlight in view is drawn by then: both draw the viewport's highlights at once);
 * - `rows`: on the app's library page, each frame that changed the number of rows of its table.
 *
 * Each frame is looked at once it has been rendered: a message posted from its requestAnimationFrame
 * callback arrives after the frame's style, layout and paint, so what is in view then is what the frame
 * showed, and looking forces no layout.
 *
 * Self-contained: Playwright sends its source to the page.
 */
export interface PaintMark {
  /** The frame's start (its requestAnimationFrame callback). */
  at: number;
  /** After the frame was rendered. */
  paintedAt: number | null;
}

export interface OpenProbe {
  text: PaintMark | null;
  highlight: PaintMark | null;
  /** Library page: the table's row count after each frame that changed it. */
  rows: (PaintMark & { rows: number })[];
  /** Whether the page has highlights to wait for. */
  highlights: boolean;
  /** Set once the benchmark has what it waited for: the probe stops looking. */
  stopped: boolean;
}

export function installOpenProbe(): void {
  const path = location.pathname;
  const reader =
    path.endsWith("/prosemirror.html") ||
    path.endsWith("/text-annotator.html") ||
    location.hash.startsWith("#/article/");
  const library = !reader && !path.includes("/baselines/") && !path.includes("/fixtures/");
  if (!reader && !library) return;
  const highlightSelector = path.endsWith("/prosemirror.html")
    ? null
    : path.endsWith("/text-annotator.html")
      ? ".r6o-span-highlight-layer .r6o-annotation"
      : ".article-text [data-annotation-id]";
  const probe: OpenProbe = {
    text: null,
    highlight: null,
    rows: [],
    highlights: highlightSelector !== null,
    stopped: false,
  };
  Object.assign(window, { __benchOpen: probe });

  const inView = (r: DOMRect) =>
    r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth && r.height > 0;
  /** A paragraph of the text with some text in it at a point of the viewport inside the text's box. */
  const textInView = (): boolean => {
    const root = document.querySelector(".article-text");
    if (!root) return false;
    const box = root.getBoundingClientRect();
    const top = Math.max(box.top, 0) + 4;
    const bottom = Math.min(box.bottom, innerHeight) - 4;
    const x = box.left + Math.min(40, box.width / 2);
    for (let y = top; y < bottom; y += 24) {
      for (const element of document.elementsFromPoint(x, y)) {
        const p = element.closest("p");
        if (p && root.contains(p) && (p.textContent ?? "").trim() !== "") return true;
      }
    }
    return false;
  };
  /**
   * A highlight in the viewport and drawn: not inside a `content-visibility: auto` section the browser
   * skipped (its box is measured anyway, but nothing of it is painted).
   */
  const highlightInView = (): boolean => {
    if (!highlightSelector) return false;
    for (const element of document.querySelectorAll(highlightSelector)) {
      if (inView(element.getBoundingClientRect()) && element.checkVisibility({ contentVisibilityAuto: true }))
        return true;
    }
    return false;
  };
  const rowCount = () => document.querySelectorAll(".library-table tbody tr").length;

  // From the first change of the DOM on, every frame is looked at once it has been rendered (in a task
  // posted from its requestAnimationFrame callback), until what the opening waits for was seen: the
  // browser lays out `content-visibility: auto` sections during the frame, after the callback, so only
  // after it does the frame show what it painted. Layout is clean then: the look forces none.
  const frameAfterRender = () =>
    requestAnimationFrame((at) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => look(at);
      channel.port2.postMessage(null);
    });
  const look = (frameStart: number) => {
    const seen = (): PaintMark => ({ at: frameStart, paintedAt: performance.now() });
    if (reader) {
      if (!probe.text && textInView()) probe.text = seen();
      if (!probe.highlight && highlightInView()) probe.highlight = seen();
      if (probe.text && (probe.highlight || !highlightSelector)) return;
    } else {
      const rows = rowCount();
      if (rows !== (probe.rows[probe.rows.length - 1]?.rows ?? 0)) probe.rows.push({ ...seen(), rows });
    }
    if (!probe.stopped && performance.now() < 120_000) frameAfterRender();
  };
  const observer = new MutationObserver(() => {
    observer.disconnect();
    frameAfterRender();
  });
  observer.observe(document, { childList: true, subtree: true });
}

export interface OpenTiming {
  textPaintedAt: number;
  /** null where the page has no highlights (plain ProseMirror, the library). */
  highlightPaintedAt: number | null;
  /** Library: the first frame with at least the rows asked for, painted. */
  rowsPaintedAt: number | null;
  /** The end of the last task over 50 ms once the page has stayed quiet for the quiet window. */
  interactiveAt: number;
  /** The longest task from navigation until interactive (0: none over 50 ms). */
  longestTask: number;
  /** The app's reader: when its sidebar first counted every annotation (all read), else null. */
  allReadAt: number | null;
}

/**
 * Waits in the page until the opening is painted (text and highlights in view, or the library's table
 * with `rows` rows), then, in the app's reader, until its sidebar counts `annotations` (the reader
 * draws what is near the viewport first and reads the rest after: an opening is not over before it
 * has all), then until no task over 50 ms has run for `quietMs`; times from navigation start.
 */
export async function waitForOpen({
  quietMs,
  rows,
  annotations = null,
}: {
  quietMs: number;
  rows: number | null;
  annotations?: number | null;
}): Promise<OpenTiming> {
  const probe = (window as unknown as { __benchOpen?: OpenProbe }).__benchOpen;
  if (!probe) throw new Error("no open probe in this page");
  const tasks = (window as unknown as { __benchLongTasks?: [number, number][] }).__benchLongTasks ?? [];
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const ready = (): number | null => {
    if (rows !== null) {
      const full = probe.rows.find((r) => r.rows >= rows);
      return full?.paintedAt ?? null;
    }
    const text = probe.text?.paintedAt ?? null;
    if (text === null) return null;
    if (!probe.highlights) return text;
    const highlight = probe.highlight?.paintedAt ?? null;
    return highlight === null ? null : Math.max(text, highlight);
  };
  const giveUp = performance.now() + 120_000;
  while (ready() === null) {
    if (performance.now() > giveUp) {
      throw new Error(
        `the opening did not show in 120 s: ${JSON.stringify({ text: probe.text, highlight: probe.highlight, rows: probe.rows.at(-1) })}`,
      );
    }
    await sleep(20);
  }
  const painted = ready() as number;
  probe.stopped = true;
  let allReadAt: number | null = null;
  if (annotations !== null && location.hash.startsWith("#/article/")) {
    const counted = () => document.querySelector("aside h2 .count")?.textContent?.replace(/\D/g, "");
    while (counted() !== String(annotations)) {
      if (performance.now() > giveUp)
        throw new Error(`the reader counted ${counted()} annotations after 120 s, not ${annotations}`);
      await sleep(10);
    }
    allReadAt = performance.now();
  }
  const lastEnd = () => Math.max(allReadAt ?? painted, ...tasks.map(([, end]) => end));
  // A page that never goes quiet ends the wait after 60 s; its figure is then the last long task so far.
  const quietBy = performance.now() + 60_000;
  while (performance.now() - lastEnd() < quietMs && performance.now() < quietBy) await sleep(25);
  const interactiveAt = lastEnd();
  return {
    textPaintedAt: probe.text?.paintedAt ?? painted,
    highlightPaintedAt: probe.highlights ? (probe.highlight?.paintedAt ?? null) : null,
    rowsPaintedAt: rows === null ? null : painted,
    interactiveAt,
    longestTask: Math.max(0, ...tasks.filter(([start]) => start < interactiveAt).map(([s, e]) => e - s)),
    allReadAt,
  };
}
