/**
 * Long tasks of a page (the Long Tasks API reports every task over 50 ms), as [start, end] in the page's
 * milliseconds since navigation.
 */
export type LongTask = readonly [start: number, end: number];

/**
 * The longest task that ran during [from, to], whole even if it began before `from` (an input waits for
 * the task in its way) or ended after `to`; 0 when no task over 50 ms ran then, which is all the Long
 * Tasks API can tell of shorter ones.
 */
export function longestTaskIn(tasks: readonly LongTask[], from: number, to: number): number {
  let longest = 0;
  for (const [start, end] of tasks) {
    if (end > from && start < to) longest = Math.max(longest, end - start);
  }
  return longest;
}
