import { useMemo, useRef, useState } from "react";
import type { Highlight } from "../../editor/highlights";
import { drawnParts } from "../../model/attribution";
import { layerName, layerOf, layersOf, OWN_LAYER, whereLayersDiffer } from "../../model/layers";
import type { TextOffsets } from "../../model/text";
import { type Annotation, type QuoteKind, type Speaker, TAG_LABELS, TAGS, type Tag } from "../../model/types";

/** Every speaker, only unattributed annotations, or one speaker's (by id). */
export type SpeakerFilter = "all" | "unattributed" | string;

/** Every kind, one kind, or the annotations whose kind is not set. */
export type KindFilter = "all" | QuoteKind | "unset";

/** Which layers the reader shows: one annotator's, all side by side, or only where they differ. */
export type LayerView = { show: "one"; layer: string } | { show: "all" } | { show: "differ" };

export interface ReaderFilters {
  /** The article's layers (OWN_LAYER for the user's own), the user's first. */
  layers: readonly string[];
  layerView: LayerView;
  setLayerView(view: LayerView): void;
  kindFilter: KindFilter;
  setKindFilter(filter: KindFilter): void;
  shownTags: ReadonlySet<Tag>;
  setShownTags(tags: ReadonlySet<Tag>): void;
  speakerFilter: SpeakerFilter;
  setSpeakerFilter(filter: SpeakerFilter): void;
}

export interface ShownAnnotations {
  filters: ReaderFilters;
  /** The placed annotations that pass the filters, in text order: listed and drawn. */
  shown: readonly Annotation[];
  /** How the shown annotations are drawn. */
  highlights: readonly Highlight[];
  /** Imported annotations that could not be placed in this text: listed apart, never drawn. */
  orphans: readonly Annotation[];
}

/** What the reader shows of an article's annotations, by the tag and speaker filters the user chose. */
export function useShownAnnotations(
  annotations: readonly Annotation[] | undefined,
  speakers: readonly Speaker[],
  offsets: TextOffsets,
  /** How a layer is named: the user's own by the name they gave, or "You". */
  nameOfLayer: (layer: string) => string = (layer) => layerName(layer, null),
  /** The layer view to open with, instead of the user's own layer. */
  initialView?: LayerView,
): ShownAnnotations {
  const [shownTags, setShownTags] = useState<ReadonlySet<Tag>>(() => new Set(TAGS));
  const [speakerFilter, setSpeakerFilter] = useState<SpeakerFilter>("all");
  const [kindFilter, setKindFilter] = useState<KindFilter>("all");
  const layers = useMemo(() => layersOf(annotations ?? []), [annotations]);
  const [chosenView, setLayerView] = useState<LayerView | null>(initialView ?? null);
  // The user's own layer unless they chose another view; an article of others' layers only, the first.
  const layerView: LayerView = chosenView ?? { show: "one", layer: layers[0] ?? OWN_LAYER };
  const speakerNames = useMemo(() => new Map(speakers.map((s) => [s.id, s.name])), [speakers]);
  const orphans = useMemo(() => (annotations ?? []).filter((a) => a.orphan), [annotations]);
  const inView = useMemo(() => {
    const all = annotations ?? [];
    if (layerView.show === "all") return all;
    if (layerView.show === "differ") return whereLayersDiffer(all, layers);
    return all.filter((a) => layerOf(a) === layerView.layer);
  }, [annotations, layers, layerView]);
  const shown = useMemo(
    () =>
      inView.filter(
        (a) =>
          !a.orphan &&
          shownTags.has(a.tag) &&
          (speakerFilter === "all" ||
            (speakerFilter === "unattributed" ? a.speakerId === null : a.speakerId === speakerFilter)) &&
          (kindFilter === "all" || (kindFilter === "unset" ? !a.kind : a.kind === kindFilter)),
      ),
    [inView, shownTags, speakerFilter, kindFilter],
  );
  // A row the database did not change keeps its object, and so keeps its highlight: after a write,
  // only the rows it touched are drawn anew, and the highlights plugin sees the rest as the same.
  const drawn = useRef(
    new WeakMap<
      Annotation,
      { name: string | undefined; layer: number | undefined; highlights: Highlight[] }
    >(),
  );
  const highlights = useMemo<Highlight[]>(
    () =>
      shown.flatMap((a) => {
        const name = a.speakerId ? speakerNames.get(a.speakerId) : undefined;
        // Several layers together: each in its annotator's colour, named on hover.
        const layer = layerView.show === "one" ? undefined : layers.indexOf(layerOf(a));
        const known = drawn.current.get(a);
        if (known && known.name === name && known.layer === layer) return known.highlights;
        const highlights = highlightsOf(
          a,
          offsets,
          name,
          layer === undefined ? undefined : { index: layer, name: nameOfLayer(layerOf(a)) },
        );
        drawn.current.set(a, { name, layer, highlights });
        return highlights;
      }),
    [shown, offsets, speakerNames, layerView, layers, nameOfLayer],
  );
  const filters = useMemo(
    () => ({
      layers,
      layerView,
      setLayerView,
      shownTags,
      setShownTags,
      speakerFilter,
      setSpeakerFilter,
      kindFilter,
      setKindFilter,
    }),
    [layers, layerView, shownTags, speakerFilter, kindFilter],
  );
  return { filters, shown, highlights, orphans };
}

const PART_TITLES = { content: "", cue: " (its cue)", source: " (its source)" } as const;

/**
 * How an annotation is drawn: one highlight per part (its content's fragments, its cue, its source),
 * each with its tag's look and who said it (or whom it names) on hover. The first fragment has the
 * annotation's id and knows the others, so that selecting the annotation draws every part selected.
 */
export function highlightsOf(
  annotation: Annotation,
  offsets: TextOffsets,
  speakerName?: string,
  layer?: { index: number; name: string },
): Highlight[] {
  const said = speakerName
    ? annotation.tag === "speaker"
      ? `: ${speakerName}`
      : `, said by ${speakerName}`
    : "";
  const title = `${layer ? `${layer.name}: ` : ""}${TAG_LABELS[annotation.tag]}${said}${annotation.review ? " (place to check)" : ""}`;
  const parts = drawnParts(annotation).map(({ part, key, start, end }, i): Highlight => {
    const range = offsets.toUtf16Range({ start, end });
    return {
      id: i === 0 ? annotation.id : `${annotation.id}#${key}`,
      annotationId: annotation.id,
      part,
      tag: annotation.tag,
      from: range.start,
      to: range.end,
      title: `${title}${PART_TITLES[part]}`,
      ...(annotation.review ? { toCheck: true } : {}),
      ...(layer ? { layer: layer.index } : {}),
    };
  });
  const [first, ...others] = parts;
  if (first && others.length) first.otherParts = others.map((h) => h.id);
  return parts;
}
