import { contentFragments } from "./attribution";
import { layerOf } from "./layers";
import type { Annotation } from "./types";
import { GOLD_LAYER } from "./types";

/**
 * Curation of one article's layers into the gold layer: the annotators' annotations in groups that
 * overlap (what the curator decides on together), each group agreed when every layer made the same
 * annotations there, and what the gold layer already holds in it.
 */
export interface CurationGroup {
  /** The stretch the group covers, in code points. */
  start: number;
  end: number;
  /** Each layer's annotations in the group (an empty list: that layer has nothing there), by layer. */
  versions: Map<string, Annotation[]>;
  /** Every layer made the same annotations here (tag, fragments, cue, source). */
  agreed: boolean;
  /** What the gold layer holds here. */
  gold: Annotation[];
}

/** Where an annotation lies: its content's fragments, cue and source, first start to last end. */
function extentOf(a: Annotation): { start: number; end: number } {
  const spans = [...contentFragments(a), ...(a.cue ? [a.cue] : []), ...(a.source ? [a.source] : [])];
  return {
    start: Math.min(...spans.map((s) => s.start)),
    end: Math.max(...spans.map((s) => s.end)),
  };
}

/** What an annotation says, apart from who made it: for telling versions alike. */
export function claimOf(a: Annotation): string {
  const place = (s: { start: number; end: number } | undefined) => (s ? `${s.start}-${s.end}` : "");
  return [a.tag, contentFragments(a).map(place).join(";"), place(a.cue), place(a.source)].join("|");
}

/**
 * The groups of `annotations` (every layer's of one article, gold included) for `layers` (the
 * annotators', gold not among them): annotations whose extents overlap, through one another, are one
 * group; groups in text order.
 */
export function curationGroups(
  annotations: readonly Annotation[],
  layers: readonly string[],
): CurationGroup[] {
  const placed = annotations
    .filter((a) => !a.orphan)
    .map((a) => ({ a, ...extentOf(a) }))
    .sort((x, y) => x.start - y.start || x.end - y.end);
  const groups: CurationGroup[] = [];
  let open: { start: number; end: number; members: Annotation[] } | null = null;
  const close = () => {
    if (!open) return;
    const versions = new Map(layers.map((l) => [l, [] as Annotation[]]));
    const gold: Annotation[] = [];
    for (const a of open.members) {
      const layer = layerOf(a);
      if (layer === GOLD_LAYER) gold.push(a);
      else versions.get(layer)?.push(a);
    }
    const claims = [...versions.values()].map((list) => list.map(claimOf).sort().join("\n"));
    const agreed = claims.every((c) => c === claims[0]) && (claims[0] ?? "") !== "";
    if ([...versions.values()].some((list) => list.length > 0) || gold.length > 0)
      groups.push({ start: open.start, end: open.end, versions, agreed, gold });
  };
  for (const { a, start, end } of placed) {
    if (open && start < open.end) {
      open.end = Math.max(open.end, end);
      open.members.push(a);
    } else {
      close();
      open = { start, end, members: [a] };
    }
  }
  close();
  return groups;
}

/** How far curation is: groups whose gold layer holds something, of all groups. */
export function curationProgress(groups: readonly CurationGroup[]): { settled: number; total: number } {
  return { settled: groups.filter((g) => g.gold.length > 0).length, total: groups.length };
}

/** A copy of `a` in the gold layer: a new id, the curator's time, no review pending. */
export function goldCopy(a: Annotation, id: string, now: string): Annotation {
  const { review: _review, ...rest } = a;
  return { ...rest, id, annotator: GOLD_LAYER, createdAt: now, updatedAt: now };
}
