import { useCallback, useEffect, useLayoutEffect, useState } from "react";

/** Lists longer than this draw only the rows near the viewport. */
export const WINDOWED_FROM = 200;
/** Height of a collapsed row in a windowed list, fixed by CSS so positions can be computed. */
export const ROW_HEIGHT = 72;
const OVERSCAN = 10;

/**
 * Which rows of a long list to draw: those within the viewport, plus a margin. A 10,000-item sidebar
 * would otherwise cost React and the layout engine tens of milliseconds on every change.
 */
export function useListWindow(list: React.RefObject<HTMLElement | null>, count: number, enabled: boolean) {
  const [range, setRange] = useState({ start: 0, end: Math.min(count, 60) });

  const measure = useCallback(() => {
    const element = list.current;
    if (!enabled || !element) return;
    const top = element.getBoundingClientRect().top;
    const start = Math.max(0, Math.floor(-top / ROW_HEIGHT) - OVERSCAN);
    const end = Math.min(count, Math.ceil((window.innerHeight - top) / ROW_HEIGHT) + OVERSCAN);
    setRange((r) => (r.start === start && r.end === end ? r : { start, end: Math.max(start, end) }));
  }, [list, count, enabled]);

  useLayoutEffect(measure, [measure]);
  useEffect(() => {
    if (!enabled) return;
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    window.addEventListener("scroll", schedule, true);
    window.addEventListener("resize", schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule, true);
      window.removeEventListener("resize", schedule);
    };
  }, [enabled, measure]);

  /** Scrolls row `index` into view even if it is not drawn yet. */
  const reveal = useCallback(
    (index: number) => {
      const element = list.current;
      if (!element) return;
      const rowTop = element.getBoundingClientRect().top + index * ROW_HEIGHT;
      if (rowTop >= 0 && rowTop + ROW_HEIGHT <= window.innerHeight) return;
      const scroller = scrollParent(element);
      const delta = rowTop - window.innerHeight / 3;
      if (scroller) scroller.scrollTop += delta;
      else window.scrollBy(0, delta);
    },
    [list],
  );

  return { ...(enabled ? range : { start: 0, end: count }), reveal };
}

function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === "auto" || overflowY === "scroll") && node.scrollHeight > node.clientHeight)
      return node;
  }
  return null;
}
