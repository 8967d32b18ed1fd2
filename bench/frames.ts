import { percentile } from "./stats";

/**
 * What a scroll felt like, from the intervals between consecutive frames (requestAnimationFrame
 * timestamps, which are frame start times on the display's beat). On a 60 Hz display a frame on time
 * starts 16.7 ms after the one before; a longer interval is a frame the main thread could not produce
 * in time, and what a reader sees as the page stopping.
 */
export interface FrameStats {
  frames: number;
  /** The longest interval between two frames (ms). */
  longestMs: number;
  /** Intervals over 50 ms (a visible hitch) and over 100 ms (the page stops), counted. */
  over50: number;
  over100: number;
  /** Share of intervals over `longFrameMs` (%). */
  longPercent: number;
  p95Ms: number;
}

export function frameStats(intervals: readonly number[], longFrameMs: number): FrameStats {
  if (intervals.length === 0) throw new Error("no frames");
  const count = (limit: number) => intervals.filter((ms) => ms > limit).length;
  return {
    frames: intervals.length,
    longestMs: Math.max(...intervals),
    over50: count(50),
    over100: count(100),
    longPercent: (100 * count(longFrameMs)) / intervals.length,
    p95Ms: percentile(
      [...intervals].sort((a, b) => a - b),
      95,
    ),
  };
}
