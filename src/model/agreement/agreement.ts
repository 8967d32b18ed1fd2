import { type Attribution, addCounts, type Counts, f1, scoreArticle } from "../suggest/evaluate";
import type { CodePointSpan } from "../text";
import { textOffsets } from "../text";
import type { Annotation } from "../types";
import { type AlphaSums, addSums, alphaOf, emptySums } from "./alpha";

/**
 * How well annotators agree on one article, and over many: Krippendorff's α (nominal) over the
 * article's non-whitespace code points, each annotator's value for one being its role in that
 * annotator's annotations; and attribution F1 between each pair, contents matched one to one when
 * their word tokens overlap with Jaccard ≥ 0.5 (the measure of the suggestions' evaluation). Pure: the
 * app's worker and `npm run agreement` run the same code.
 */

/** What agreement reads of an annotation: its tag and the places of its parts, in code points. */
export type AgreementAnnotation = Pick<
  Annotation,
  "tag" | "start" | "end" | "moreFragments" | "cue" | "source" | "orphan"
>;

export interface Layer {
  annotator: string;
  annotations: readonly AgreementAnnotation[];
}

/** A code point's role, the first of this list that covers it winning where spans overlap. */
export const ROLES = [
  "source",
  "cue",
  "speaker",
  "content:quote",
  "content:claim",
  "content:statistic",
  "none",
] as const;
export type Role = (typeof ROLES)[number];
const NONE = ROLES.indexOf("none");

/** Each code point's role (an index into ROLES) in one annotator's annotations. */
export function rolesOf(length: number, annotations: readonly AgreementAnnotation[]): Uint8Array {
  const roles = new Uint8Array(length).fill(NONE);
  const mark = (span: CodePointSpan | undefined, role: Role) => {
    if (!span) return;
    const value = ROLES.indexOf(role);
    for (let i = Math.max(0, span.start); i < Math.min(length, span.end); i++)
      if (value < (roles[i] as number)) roles[i] = value;
  };
  for (const a of annotations) {
    if (a.orphan) continue;
    const content: Role = a.tag === "speaker" ? "speaker" : `content:${a.tag}`;
    for (const fragment of [a, ...(a.moreFragments ?? [])]) mark(fragment, content);
    mark(a.cue, "cue");
    mark(a.source, "source");
  }
  return roles;
}

export interface PairAgreement {
  a: string;
  b: string;
  alpha: number | null;
  /** Attribution F1 between the two (symmetric), with source and cue agreement on matched pairs. */
  f1: number | null;
  matched: number;
  sourceAgreement: number | null;
  cueAgreement: number | null;
}

/** What an article's figures add up from, so that a set of articles pools its units and pairs. */
export interface AgreementSums {
  all: AlphaSums;
  /** By pair key "a\u0000b" (a before b in the article's annotator order). */
  pairs: Map<
    string,
    {
      alpha: AlphaSums;
      counts: Counts;
      sourcePairs: number;
      sourceAgree: number;
      cuePairs: number;
      cueAgree: number;
    }
  >;
}

export interface ArticleAgreement {
  annotators: string[];
  alpha: number | null;
  /** The mean of the pairs' attribution F1. */
  pairwiseF1: number | null;
  pairs: PairAgreement[];
  sums: AgreementSums;
}

const WHITESPACE = /\s/u;
const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

/** An article's code points and each layer's role for every one of them, read once for all figures. */
export interface LayerRoles {
  codePoints: string[];
  roles: Uint8Array[];
}

export function layerRoles(text: string, layers: readonly Layer[]): LayerRoles {
  const codePoints = Array.from(text);
  return { codePoints, roles: layers.map((l) => rolesOf(codePoints.length, l.annotations)) };
}

export function articleAgreement(
  text: string,
  layers: readonly Layer[],
  { codePoints, roles }: LayerRoles = layerRoles(text, layers),
): ArticleAgreement {
  const sums: AgreementSums = { all: emptySums(), pairs: new Map() };
  const pairIndexes: [number, number][] = [];
  for (let i = 0; i < layers.length; i++)
    for (let j = i + 1; j < layers.length; j++) pairIndexes.push([i, j]);
  // Counted with typed arrays over role indexes (a Map per unit took a second for 100 articles):
  // per value how often it was given, and the disagreement sums, for all and for each pair.
  const given = new Float64Array(ROLES.length);
  let disagreement = 0;
  const pairGiven = pairIndexes.map(() => new Float64Array(ROLES.length));
  const pairDisagreement = new Float64Array(pairIndexes.length);
  const count = new Int32Array(ROLES.length);
  const m = roles.length;
  for (let u = 0; u < codePoints.length; u++) {
    if (WHITESPACE.test(codePoints[u] as string)) continue;
    if (m >= 2) {
      count.fill(0);
      for (const r of roles) {
        const v = r[u] as number;
        count[v] = (count[v] as number) + 1;
      }
      let same = 0;
      for (let v = 0; v < ROLES.length; v++) {
        const c = count[v] as number;
        same += c * c;
        given[v] = (given[v] as number) + c;
      }
      disagreement += (m * m - same) / (m - 1);
    }
    for (let k = 0; k < pairIndexes.length; k++) {
      const [i, j] = pairIndexes[k] as [number, number];
      const a = (roles[i] as Uint8Array)[u] as number;
      const b = (roles[j] as Uint8Array)[u] as number;
      const into = pairGiven[k] as Float64Array;
      into[a] = (into[a] as number) + 1;
      into[b] = (into[b] as number) + 1;
      // Two values: 2² − (2² or 1² + 1²), over 2 − 1.
      if (a !== b) pairDisagreement[k] = (pairDisagreement[k] as number) + 2;
    }
  }
  const sumsOf = (values: Float64Array, d: number): AlphaSums => ({
    values: new Map(
      ROLES.flatMap((role, v) => ((values[v] as number) > 0 ? [[role, values[v] as number] as const] : [])),
    ),
    disagreement: d,
  });
  sums.all = sumsOf(given, disagreement);
  const pairAlpha = pairIndexes.map((_, k) =>
    sumsOf(pairGiven[k] as Float64Array, pairDisagreement[k] as number),
  );
  const offsets = textOffsets(text);
  const attributions = layers.map((l) =>
    l.annotations
      .filter((a) => a.tag !== "speaker" && !a.orphan)
      .map(
        (a): Attribution => ({
          content: [a, ...(a.moreFragments ?? [])].map((f) => offsets.toUtf16Range(f)),
          cue: a.cue ? [offsets.toUtf16Range(a.cue)] : undefined,
          source: a.source ? [offsets.toUtf16Range(a.source)] : undefined,
        }),
      ),
  );
  pairIndexes.forEach(([i, j], k) => {
    const score = scoreArticle(text, attributions[i] ?? [], attributions[j] ?? []);
    sums.pairs.set(pairKey((layers[i] as Layer).annotator, (layers[j] as Layer).annotator), {
      alpha: pairAlpha[k] as AlphaSums,
      counts: score.overlap,
      // Between equals, a part counts where either annotator marked it.
      sourcePairs: score.sourceEither,
      sourceAgree: score.sourceAgree,
      cuePairs: score.cueEither,
      cueAgree: score.cueAgree,
    });
  });
  return summarize(
    layers.map((l) => l.annotator),
    sums,
  );
}

/** The figures of many articles, their units and pairs pooled: α over every unit, F1 over every pair. */
export function pooledAgreement(articles: readonly ArticleAgreement[]): ArticleAgreement {
  const annotators = [...new Set(articles.flatMap((a) => a.annotators))];
  const sums: AgreementSums = { all: emptySums(), pairs: new Map() };
  for (const article of articles) {
    addSums(sums.all, article.sums.all);
    for (const [key, pair] of article.sums.pairs) {
      // The same two annotators in either order are one pair.
      const [a, b] = key.split("\u0000") as [string, string];
      const ordered = annotators.indexOf(a) < annotators.indexOf(b) ? key : pairKey(b, a);
      const into = sums.pairs.get(ordered) ?? {
        alpha: emptySums(),
        counts: { predicted: 0, gold: 0, matched: 0 },
        sourcePairs: 0,
        sourceAgree: 0,
        cuePairs: 0,
        cueAgree: 0,
      };
      addSums(into.alpha, pair.alpha);
      into.counts = addCounts(into.counts, pair.counts);
      into.sourcePairs += pair.sourcePairs;
      into.sourceAgree += pair.sourceAgree;
      into.cuePairs += pair.cuePairs;
      into.cueAgree += pair.cueAgree;
      sums.pairs.set(ordered, into);
    }
  }
  return summarize(annotators, sums);
}

function summarize(annotators: string[], sums: AgreementSums): ArticleAgreement {
  const share = (a: number, b: number) => (b === 0 ? null : a / b);
  const pairs = [...sums.pairs].map(([key, p]): PairAgreement => {
    const [a, b] = key.split("\u0000") as [string, string];
    const none = p.counts.predicted === 0 && p.counts.gold === 0;
    return {
      a,
      b,
      alpha: alphaOf(p.alpha),
      f1: none ? null : f1(p.counts).f1,
      matched: p.counts.matched,
      sourceAgreement: share(p.sourceAgree, p.sourcePairs),
      cueAgreement: share(p.cueAgree, p.cuePairs),
    };
  });
  const scored = pairs.flatMap((p) => (p.f1 === null ? [] : [p.f1]));
  return {
    annotators,
    alpha: alphaOf(sums.all),
    pairwiseF1: scored.length ? scored.reduce((x, y) => x + y, 0) / scored.length : null,
    pairs,
    sums,
  };
}

/** A stretch of the text where the annotators' roles differ, with each one's role there. */
export interface Disagreement {
  start: number;
  end: number;
  roles: Role[];
}

/**
 * The stretches where the annotators do not all give the same role, in text order: neighbouring code
 * points with the same roles are one stretch, and whitespace between two parts of one stretch joins them.
 */
export function disagreementsOf(
  text: string,
  layers: readonly Layer[],
  { codePoints, roles }: LayerRoles = layerRoles(text, layers),
): Disagreement[] {
  const found: Disagreement[] = [];
  let open: Disagreement | null = null;
  let key = "";
  for (let u = 0; u < codePoints.length; u++) {
    if (WHITESPACE.test(codePoints[u] as string)) continue;
    const here = roles.map((r) => r[u] as number);
    const differ = here.some((v) => v !== here[0]);
    const hereKey = here.join(",");
    if (differ && open && hereKey === key) {
      open.end = u + 1;
      continue;
    }
    if (open) found.push(open);
    open = differ ? { start: u, end: u + 1, roles: here.map((v) => ROLES[v] as Role) } : null;
    key = hereKey;
  }
  if (open) found.push(open);
  return found;
}
