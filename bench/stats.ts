/** What the benchmark reports of repeated measurements. */
export interface Summary {
  n: number;
  min: number;
  median: number;
  p95: number;
  mean: number;
  max: number;
}

/**
 * The p-th percentile (0–100) of ascending values, interpolating linearly between the two nearest
 * ranks (as NumPy's default and R's type 7 do), so that p50 of an even count is the midpoint.
 */
export function percentile(ascending: readonly number[], p: number): number {
  if (ascending.length === 0) throw new Error("percentile of no values");
  if (p < 0 || p > 100) throw new Error(`percentile ${p} is outside 0–100`);
  const rank = (p / 100) * (ascending.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  const low = ascending[below] as number;
  const high = ascending[above] as number;
  return low + (high - low) * (rank - below);
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error("summary of no samples");
  if (samples.some((s) => !Number.isFinite(s))) throw new Error("a sample is not a finite number");
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0] as number,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    mean: sorted.reduce((sum, s) => sum + s, 0) / sorted.length,
    max: sorted[sorted.length - 1] as number,
  };
}
