/**
 * Krippendorff's α for nominal data, kept as sums so that articles pool by adding them: each unit
 * (here one non-whitespace code point) holds the values the coders gave it; a unit coded by fewer than
 * two coders has no pairs and does not count. With n_c how often value c was given in pairable units,
 * n their total, and for a unit of m values, m² − Σ count_c² its disagreeing ordered pairs:
 *
 *   α = 1 − (n − 1) · Σ_units [(m² − Σ count_c²) / (m − 1)] / (n² − Σ n_c²)
 *
 * which is 1 − D_o/D_e of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability".
 */
export interface AlphaSums {
  /** How often each value was given, in pairable units. */
  values: Map<string, number>;
  /** Σ over units of (m² − Σ count_c²) / (m − 1): the observed disagreement, as coincidences. */
  disagreement: number;
}

export function emptySums(): AlphaSums {
  return { values: new Map(), disagreement: 0 };
}

/** Adds one unit: the values its coders gave it (a coder who left it uncoded gives none). */
export function addUnit(sums: AlphaSums, values: readonly string[]): void {
  const m = values.length;
  if (m < 2) return;
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let same = 0;
  for (const [value, count] of counts) {
    same += count * count;
    sums.values.set(value, (sums.values.get(value) ?? 0) + count);
  }
  sums.disagreement += (m * m - same) / (m - 1);
}

export function addSums(into: AlphaSums, from: AlphaSums): void {
  for (const [value, count] of from.values) into.values.set(value, (into.values.get(value) ?? 0) + count);
  into.disagreement += from.disagreement;
}

/** α; null when it is not defined (no pairable unit, or every value the same: nothing could differ). */
export function alphaOf(sums: AlphaSums): number | null {
  let n = 0;
  let same = 0;
  for (const count of sums.values.values()) {
    n += count;
    same += count * count;
  }
  const expected = n * n - same;
  if (n < 2 || expected === 0) return null;
  return 1 - ((n - 1) * sums.disagreement) / expected;
}

/** α of units given whole: each a list of values, one per coder who coded it. */
export function alpha(units: readonly (readonly string[])[]): number | null {
  const sums = emptySums();
  for (const unit of units) addUnit(sums, unit);
  return alphaOf(sums);
}
