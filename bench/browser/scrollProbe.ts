/**
 * Records the time between consecutive frames while the benchmark scrolls the page with the mouse
 * wheel: requestAnimationFrame timestamps are frame start times, so on a 60 Hz display a frame on time
 * is 16.7 ms after the last, and a longer interval is a frame the main thread could not produce in time
 * (laying out, painting or running scripts for newly exposed text).
 *
 * Self-contained: Playwright sends these functions' source to the page.
 */
interface FrameRecorder {
  intervals: number[];
  running: boolean;
}

export function startFrameRecorder(): void {
  const recorder: FrameRecorder = { intervals: [], running: true };
  Object.assign(window, { __benchFrames: recorder });
  let last: number | null = null;
  const frame = (now: number) => {
    if (!recorder.running) return;
    if (last !== null) recorder.intervals.push(now - last);
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Stops the recorder and returns the intervals between frames (ms). */
export function stopFrameRecorder(): number[] {
  const recorder = (window as unknown as { __benchFrames?: FrameRecorder }).__benchFrames;
  if (!recorder) throw new Error("no frame recorder running");
  recorder.running = false;
  return recorder.intervals;
}

/** How far the page is scrolled, how far it can be, and a point over the article's text for the wheel. */
export function scrollPosition(): { y: number; max: number; over: { x: number; y: number } } {
  const text = document.querySelector(".article-text")?.getBoundingClientRect();
  return {
    y: scrollY,
    max: document.documentElement.scrollHeight - innerHeight,
    over: text
      ? { x: text.left + Math.min(text.width / 2, 300), y: innerHeight / 2 }
      : { x: innerWidth / 3, y: innerHeight / 2 },
  };
}
