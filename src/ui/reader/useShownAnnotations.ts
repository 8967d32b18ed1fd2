import { useMemo, useRef, useState } from "react";
import type { Highlight } from "../../editor/highlights";
import type { TextOffsets } from "../../model/text";
import { type Annotation, type Speaker, TAG_LABELS, TAGS, type Tag } from "../../model/types";

/** Every speaker, only unattributed annotations, or one speaker's (by id). */
export type SpeakerFilter = "all" | "unattributed" | string;

export interface ReaderFilters {
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
  const speakerNames = useMemo(() => new Map(speakers.map((s) => [s.id, s.name])), [speakers]);
  const orphans = useMemo(() => (annotations ?? []).filter((a) => a.orphan), [annotations]);
  const shown = useMemo(
    () =>
      (annotations ?? []).filter(
        (a) =>
          !a.orphan &&
          shownTags.has(a.tag) &&
          (speakerFilter === "all" ||
            (speakerFilter === "unattributed" ? a.speakerId === null : a.speakerId === speakerFilter)),
      ),
    [annotations, shownTags, speakerFilter],
  );
  // A row the database did not change keeps its object, and so keeps its highlight: after a write,
  // only the rows it touched are drawn anew, and the highlights plugin sees the rest as the same.
  const drawn = useRef(new WeakMap<Annotation, { name: string | undefined; highlight: Highlight }>());
  const highlights = useMemo<Highlight[]>(
    () =>
      shown.map((a) => {
        const name = a.speakerId ? speakerNames.get(a.speakerId) : undefined;
        const known = drawn.current.get(a);
        if (known && known.name === name) return known.highlight;
        const highlight = highlightOf(a, offsets, name);
        drawn.current.set(a, { name, highlight });
        return highlight;
      }),
    [shown, offsets, speakerNames],
  );
  const filters = useMemo(
    () => ({ shownTags, setShownTags, speakerFilter, setSpeakerFilter }),
    [shownTags, speakerFilter],
  );
  return { filters, shown, highlights, orphans };
}

/** How an annotation is drawn: its tag's look, and who said it (or whom it names) on hover. */
export function highlightOf(annotation: Annotation, offsets: TextOffsets, speakerName?: string): Highlight {
  const { start, end } = offsets.toUtf16Range(annotation);
  const said = speakerName
    ? annotation.tag === "speaker"
      ? `: ${speakerName}`
      : `, said by ${speakerName}`
    : "";
  return {
    id: annotation.id,
    tag: annotation.tag,
    from: start,
    to: end,
    title: `${TAG_LABELS[annotation.tag]}${said}${annotation.review ? " (place to check)" : ""}`,
    ...(annotation.review ? { toCheck: true } : {}),
  };
}
