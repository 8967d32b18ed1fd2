/**
 * Runs in every page of the benchmark before the page's own scripts (an init script), and times an
 * opening: from the start of navigation until the first highlight inside the viewport is in the DOM
 * (`drawnAt`), the frame holding it has been produced (`paintedAt`), and the main thread is then free
 * of long tasks (`interactiveAt`, the end of the last task over 50 ms after painting, found once the
 * page has stayed quiet for a while, as Time to Interactive is defined but with a shorter quiet window).
 *
 * Every highlight in view is drawn at `drawnAt`: the app's view creates all decorations at once, and
 * text-annotator's renderer draws all highlights in the viewport in one redraw. The plain ProseMirror
 * baseline has no highlights: it counts from its first paragraph in view.
 *
 * Self-contained: Playwright sends its source to the page.
 */
export interface OpenProbe {
  selector: string;
  drawnAt: number | null;
  paintedAt: number | null;
  longTasks: [number, number][];
}

export function installOpenProbe(): void {
  const path = location.pathname;
  const selector = path.endsWith("/prosemirror.html")
    ? ".ProseMirror p"
    : path.endsWith("/text-annotator.html")
      ? ".r6o-span-highlight-layer .r6o-annotation"
      : location.hash.startsWith("#/article/")
        ? ".article-text [data-annotation-id]"
        : null;
  if (!selector) return;
  const probe: OpenProbe = { selector, drawnAt: null, paintedAt: null, longTasks: [] };
  Object.assign(window, { __benchOpen: probe });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.startTime + e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No long task timing: interactive then equals painted.
  }
  const inView = (element: Element) => {
    const r = element.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth && r.height > 0;
  };
  const observer = new MutationObserver(() => {
    if (probe.drawnAt !== null) return;
    for (const element of document.querySelectorAll(selector)) {
      if (!inView(element)) continue;
      probe.drawnAt = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          probe.paintedAt = performance.now();
        };
        channel.port2.postMessage(null);
      });
      return;
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Waits in the page until the opening is painted and then quiet for `quietMs`; times from navigation start. */
export async function waitForOpen(quietMs: number): Promise<{
  drawnAt: number;
  paintedAt: number;
  interactiveAt: number;
  longTasksAfterPaint: number;
}> {
  const probe = (window as unknown as { __benchOpen?: OpenProbe }).__benchOpen;
  if (!probe) throw new Error("no open probe in this page");
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const giveUp = performance.now() + 60_000;
  while (probe.paintedAt === null) {
    if (performance.now() > giveUp)
      throw new Error(`nothing matching ${probe.selector} came into view in 60 s`);
    await sleep(20);
  }
  const painted = probe.paintedAt;
  const lastEnd = () => Math.max(painted, ...probe.longTasks.map(([, end]) => end));
  // A page that never goes quiet ends the wait after 60 s; its figure is then the last long task so far.
  const quietBy = performance.now() + 60_000;
  while (performance.now() - lastEnd() < quietMs && performance.now() < quietBy) await sleep(25);
  return {
    drawnAt: probe.drawnAt ?? painted,
    paintedAt: painted,
    interactiveAt: lastEnd(),
    longTasksAfterPaint: probe.longTasks.filter(([, end]) => end > painted).length,
  };
}
