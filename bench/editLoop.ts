/**
 * How long an edit loop runs: up to `runs` edits, but a slow build stops after `budgetMs` once it has
 * `minRuns`, so the benchmark keeps its few minutes whatever it measures. Each figure reports its count.
 */
export interface EditLoop {
  runs: number;
  budgetMs: number;
  minRuns: number;
}

export function loopGoesOn(
  loop: EditLoop,
  done: number,
  startedAt: number,
  now = performance.now(),
): boolean {
  if (done >= loop.runs) return false;
  return done < loop.minRuns || now - startedAt < loop.budgetMs;
}
