import type { Utf16Range } from "../text";

/**
 * Scoring suggested attributions against gold ones, the way `npm run suggest:eval` reports it: a
 * content is the set of word tokens it covers; a predicted and a gold content match one to one (best
 * first) when their tokens overlap with Jaccard ≥ 0.5, or, for the exact figure, when their tokens are
 * the same. Sources and cues agree on a matched pair when they share a word token.
 */
export interface Attribution {
  content: readonly Utf16Range[];
  cue?: readonly Utf16Range[] | undefined;
  source?: readonly Utf16Range[] | undefined;
}

export interface Counts {
  predicted: number;
  gold: number;
  matched: number;
}

export interface ArticleScore {
  overlap: Counts;
  exact: Counts;
  /** Contents holding a quotation mark, matched among themselves. */
  direct: Counts;
  /** Contents with no quotation mark (reported speech), matched among themselves. */
  reported: Counts;
  /** Matched pairs whose gold has a source, and of those the ones whose sources share a token. */
  sourcePairs: number;
  sourceAgree: number;
  cuePairs: number;
  cueAgree: number;
  /** Matched pairs where either side has a source (a cue): agreement between equals counts over these. */
  sourceEither: number;
  cueEither: number;
  /** Matched pairs whose sources agree too: content+source. */
  withSource: Counts;
}

const MIN_JACCARD = 0.5;
const QUOTE_MARK = /[“”"]/u;

/** The word tokens of a text, as UTF-16 ranges. */
export function wordTokens(text: string): Utf16Range[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map(
    (m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }) as Utf16Range,
  );
}

/** The indices of the tokens any of `ranges` overlaps. */
function tokensOf(tokens: readonly Utf16Range[], ranges: readonly Utf16Range[] | undefined): Set<number> {
  const found = new Set<number>();
  for (const range of ranges ?? []) {
    // Tokens are in text order: find the first that ends after the range starts.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid] as Utf16Range).end <= range.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && (tokens[i] as Utf16Range).start < range.end; i++) found.add(i);
  }
  return found;
}

function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

function shares(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** One-to-one pairs, best first, of those `score` accepts. */
function matchPairs(
  predicted: readonly Set<number>[],
  gold: readonly Set<number>[],
  accepts: (p: Set<number>, g: Set<number>) => number | null,
): [number, number][] {
  const candidates: [number, number, number][] = [];
  predicted.forEach((p, i) => {
    gold.forEach((g, j) => {
      const score = accepts(p, g);
      if (score !== null) candidates.push([score, i, j]);
    });
  });
  candidates.sort((a, b) => b[0] - a[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of candidates) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

export function scoreArticle(
  text: string,
  predicted: readonly Attribution[],
  gold: readonly Attribution[],
): ArticleScore {
  const tokens = wordTokens(text);
  const content = (a: Attribution) => tokensOf(tokens, a.content);
  const p = predicted.map(content);
  const g = gold.map(content);
  const overlapScore = (x: Set<number>, y: Set<number>) => {
    const j = jaccard(x, y);
    return j >= MIN_JACCARD ? j : null;
  };
  const pairs = matchPairs(p, g, overlapScore);
  const exactPairs = matchPairs(p, g, (x, y) => (x.size > 0 && jaccard(x, y) === 1 ? 1 : null));
  const isDirect = (a: Attribution) => a.content.some((r) => QUOTE_MARK.test(text.slice(r.start, r.end)));
  const pd = predicted.map((a, i) => (isDirect(a) ? i : -1)).filter((i) => i >= 0);
  const gd = gold.map((a, i) => (isDirect(a) ? i : -1)).filter((i) => i >= 0);
  const directPairs = matchPairs(
    pd.map((i) => p[i] as Set<number>),
    gd.map((i) => g[i] as Set<number>),
    overlapScore,
  );
  const pr = predicted.map((a, i) => (isDirect(a) ? -1 : i)).filter((i) => i >= 0);
  const gr = gold.map((a, i) => (isDirect(a) ? -1 : i)).filter((i) => i >= 0);
  const reportedPairs = matchPairs(
    pr.map((i) => p[i] as Set<number>),
    gr.map((i) => g[i] as Set<number>),
    overlapScore,
  );
  let sourcePairs = 0;
  let sourceAgree = 0;
  let cuePairs = 0;
  let cueAgree = 0;
  let sourceEither = 0;
  let cueEither = 0;
  for (const [i, j] of pairs) {
    const [pa, ga] = [predicted[i] as Attribution, gold[j] as Attribution];
    if (ga.source?.length || pa.source?.length) sourceEither++;
    if (ga.cue?.length || pa.cue?.length) cueEither++;
    if (ga.source?.length) {
      sourcePairs++;
      if (shares(tokensOf(tokens, pa.source), tokensOf(tokens, ga.source))) sourceAgree++;
    }
    if (ga.cue?.length) {
      cuePairs++;
      if (shares(tokensOf(tokens, pa.cue), tokensOf(tokens, ga.cue))) cueAgree++;
    }
  }
  const withSource = pairs.filter(([i, j]) => {
    const [pa, ga] = [predicted[i] as Attribution, gold[j] as Attribution];
    return shares(tokensOf(tokens, pa.source), tokensOf(tokens, ga.source));
  }).length;
  const counts = (matched: number, predictedCount = p.length, goldCount = g.length): Counts => ({
    predicted: predictedCount,
    gold: goldCount,
    matched,
  });
  return {
    overlap: counts(pairs.length),
    exact: counts(exactPairs.length),
    direct: counts(directPairs.length, pd.length, gd.length),
    reported: counts(reportedPairs.length, pr.length, gr.length),
    sourcePairs,
    sourceAgree,
    cuePairs,
    cueAgree,
    sourceEither,
    cueEither,
    withSource: counts(withSource),
  };
}

/** Precision, recall and F1 of summed counts. */
export function f1(counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.predicted ? counts.matched / counts.predicted : 0;
  const recall = counts.gold ? counts.matched / counts.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { predicted: a.predicted + b.predicted, gold: a.gold + b.gold, matched: a.matched + b.matched };
}
