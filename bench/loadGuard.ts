/**
 * Whether a run's results may become `bench/results/latest.json`, the reference later runs are compared
 * with: not from a trial run (BENCH_QUICK), and not when the machine was busy with other work at the
 * start or the end of the run (its 1-minute load average above `maxLoad`), because every figure of such
 * a run is slower by an amount nobody can tell. Such a run is kept beside it under its own name.
 */
export interface LoadGuardInput {
  quick: boolean;
  loadAtStart: number;
  loadAtEnd: number;
  maxLoad: number;
}

export type LatestDecision = { writeLatest: true } | { writeLatest: false; reason: string };

export function latestDecision({ quick, loadAtStart, loadAtEnd, maxLoad }: LoadGuardInput): LatestDecision {
  if (quick) return { writeLatest: false, reason: "a quick run (BENCH_QUICK=1) never replaces latest.json" };
  const high = [
    loadAtStart > maxLoad ? `${loadAtStart.toFixed(2)} at the start` : null,
    loadAtEnd > maxLoad ? `${loadAtEnd.toFixed(2)} at the end` : null,
  ].filter((s): s is string => s !== null);
  if (high.length === 0) return { writeLatest: true };
  return {
    writeLatest: false,
    reason: `the 1-minute load average was ${high.join(" and ")} (above ${maxLoad}): the machine was busy, so latest.json was left as it was`,
  };
}
