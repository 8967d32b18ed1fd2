/**
 * Runs in every page of the benchmark before the page's own scripts (an init script): records every
 * task over 50 ms on the main thread (the Long Tasks API) as [start, end] in the page's milliseconds
 * since navigation, so that any figure can name the longest task during or after what it measures.
 *
 * Self-contained: Playwright sends these functions' source to the page.
 */
export function installTaskLog(): void {
  const tasks: [number, number][] = [];
  Object.assign(window, { __benchLongTasks: tasks });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push([e.startTime, e.startTime + e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No Long Tasks API: every longest task reads 0.
  }
}

/**
 * The long tasks recorded so far that ended after `from`, once the page's clock has passed `until`
 * (and 100 ms more, because the browser reports a long task a little after it ends).
 */
export async function longTasksSince({
  from,
  until,
}: {
  from: number;
  until: number;
}): Promise<[number, number][]> {
  const wait = until + 100 - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const tasks = (window as unknown as { __benchLongTasks?: [number, number][] }).__benchLongTasks ?? [];
  return tasks.filter(([, end]) => end > from);
}
