import { useMemo, useRef, useState } from "react";
import type { Highlight } from "../../editor/highlights";
import { drawnParts } from "../../model/attribution";
import type { TextOffsets } from "../../model/text";
import { type Annotation, type QuoteKind, type Speaker, TAG_LABELS, TAGS, type Tag } from "../../model/types";

/** Every speaker, only unattributed annotations, or one speaker's (by id). */
export type SpeakerFilter = "all" | "unattributed" | string;

/** Every kind, one kind, or the annotations whose kind is not set. */
export type KindFilter = "all" | QuoteKind | "unset";

export interface ReaderFilters {
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
): ShownAnnotations {
  const [shownTags, setShownTags] = useState<ReadonlySet<Tag>>(() => new Set(TAGS));
  const [speakerFilter, setSpeakerFilter] = useState<SpeakerFilter>("all");
  const [kindFilter, setKindFilter] = useState<KindFilter>("all");
  const speakerNames = useMemo(() => new Map(speakers.map((s) => [s.id, s.name])), [speakers]);
  const orphans = useMemo(() => (annotations ?? []).filter((a) => a.orphan), [annotations]);
  const shown = useMemo(
    () =>
      (annotations ?? []).filter(
        (a) =>
          !a.orphan &&
          shownTags.has(a.tag) &&
          (speakerFilter === "all" ||
            (speakerFilter === "unattributed" ? a.speakerId === null : a.speakerId === speakerFilter)) &&
          (kindFilter === "all" || (kindFilter === "unset" ? !a.kind : a.kind === kindFilter)),
      ),
    [annotations, shownTags, speakerFilter, kindFilter],
  );
  // A row the database did not change keeps its object, and so keeps its highlight: after a write,
  // only the rows it touched are drawn anew, and the highlights plugin sees the rest as the same.
  const drawn = useRef(new WeakMap<Annotation, { name: string | undefined; highlights: Highlight[] }>());
  const highlights = useMemo<Highlight[]>(
    () =>
      shown.flatMap((a) => {
        const name = a.speakerId ? speakerNames.get(a.speakerId) : undefined;
        const known = drawn.current.get(a);
        if (known && known.name === name) return known.highlights;
        const highlights = highlightsOf(a, offsets, name);
        drawn.current.set(a, { name, highlights });
        return highlights;
      }),
    [shown, offsets, speakerNames],
  );
  const filters = useMemo(
    () => ({ shownTags, setShownTags, speakerFilter, setSpeakerFilter, kindFilter, setKindFilter }),
    [shownTags, speakerFilter, kindFilter],
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
): Highlight[] {
  const said = speakerName
    ? annotation.tag === "speaker"
      ? `: ${speakerName}`
      : `, said by ${speakerName}`
    : "";
  const title = `${TAG_LABELS[annotation.tag]}${said}${annotation.review ? " (place to check)" : ""}`;
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
    };
  });
  const [first, ...others] = parts;
  if (first && others.length) first.otherParts = others.map((h) => h.id);
  return parts;
}
