/**
 * Scrolls the page from top to bottom by `step` pixels per frame, driven by requestAnimationFrame, and
 * returns the time between consecutive frames (rAF timestamps, which are frame start times). On a 60 Hz
 * display a frame on time is 16.7 ms apart from the last; a longer gap means the main thread missed
 * frames while laying out, painting or running scripts for newly exposed text.
 *
 * Self-contained: Playwright sends its source to the page.
 */
export function scrollThrough(step: number): Promise<number[]> {
  return new Promise((resolve) => {
    const deltas: number[] = [];
    const bottom = () => document.documentElement.scrollHeight - innerHeight;
    let y = 0;
    let last: number | null = null;
    window.scrollTo(0, 0);
    const frame = (now: number) => {
      if (last !== null) deltas.push(now - last);
      last = now;
      if (y >= bottom()) {
        resolve(deltas);
        return;
      }
      y = Math.min(bottom(), y + step);
      window.scrollTo(0, y);
      requestAnimationFrame(frame);
    };
    // Two frames to settle at the top before timing.
    requestAnimationFrame(() => requestAnimationFrame(frame));
  });
}
