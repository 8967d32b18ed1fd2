import { contentFragments } from "./attribution";
import type { Annotation } from "./types";

/**
 * Annotator layers of one article: whose annotation each is (see Annotation.annotator), and which of
 * them all layers agree on, for the reader's view of only where they differ.
 */

/** The layer of the browser's own user, whatever name they give themselves. */
export const OWN_LAYER = "";

export function layerOf(annotation: Pick<Annotation, "annotator">): string {
  return annotation.annotator ?? OWN_LAYER;
}

/** How a layer is named to the user: their own by the name they gave (or "You"), others' by theirs. */
export function layerName(layer: string, ownName: string | null | undefined): string {
  return layer || (ownName ?? "You");
}

/** The layers the annotations belong to: the user's own first, then the others by name. */
export function layersOf(annotations: readonly Pick<Annotation, "annotator">[]): string[] {
  const names = new Set(annotations.map(layerOf));
  const others = [...names].filter((n) => n !== OWN_LAYER).sort((a, b) => a.localeCompare(b));
  return names.has(OWN_LAYER) ? [OWN_LAYER, ...others] : others;
}

/** What an annotation says, apart from who made it and when: its tag and the places of its parts. */
function claimOf(a: Annotation): string {
  const places = contentFragments(a).map((f) => `${f.start}-${f.end}`);
  return [
    a.tag,
    places.join(";"),
    a.cue ? `${a.cue.start}-${a.cue.end}` : "",
    a.source ? `${a.source.start}-${a.source.end}` : "",
  ].join("|");
}

/**
 * The annotations not every one of `layers` made alike (same tag, fragments, cue and source): where
 * the annotators differ. An annotation all of them made alike is left out, in every layer.
 */
export function whereLayersDiffer(
  annotations: readonly Annotation[],
  layers: readonly string[],
): Annotation[] {
  const byClaim = new Map<string, Set<string>>();
  for (const a of annotations) {
    const key = claimOf(a);
    const who = byClaim.get(key) ?? new Set<string>();
    who.add(layerOf(a));
    byClaim.set(key, who);
  }
  return annotations.filter((a) => {
    const who = byClaim.get(claimOf(a));
    return !who || layers.some((l) => !who.has(l));
  });
}
