import { useCallback, useEffect, useRef, useState } from "react";
import { contentFragments } from "../../model/attribution";
import {
  type Annotation,
  type PlacementToCheck,
  QUOTE_KIND_LABELS,
  QUOTE_KIND_MEANINGS,
  QUOTE_KINDS,
  type QuoteKind,
  type Speaker,
  TAG_LABELS,
  TAGS,
  type Tag,
} from "../../model/types";
import { isTextField } from "../shared/keyboard";
import { ROW_HEIGHT, useListWindow, WINDOWED_FROM } from "../shared/useListWindow";

/** What a user can do to an annotation from the list. */
export interface AnnotationActions {
  select(annotation: Annotation): void;
  retag(annotation: Annotation, tag: Tag): void;
  /** Saves a note; `leaving` when the page is being left and the save cannot wait. */
  note(annotation: Annotation, note: string, leaving?: boolean): void;
  remove(annotation: Annotation): void;
  /** Opens the speaker picker for it. */
  attribute(annotation: Annotation): void;
  /** Confirms where an import placed it. */
  confirm(annotation: Annotation): void;
  /** Sets or clears its kind (direct, indirect, mixed). */
  setKind(annotation: Annotation, kind: QuoteKind | undefined): void;
  /** Takes away one of its fragments (by index), its cue or its source. */
  removePart(annotation: Annotation, part: "cue" | "source" | { fragment: number }): void;
}

interface Props {
  annotations: readonly Annotation[];
  speakers: readonly Speaker[];
  selectedId: string | null;
  actions: AnnotationActions;
  /** False while the list is hidden (a closed panel): it scrolls to the selection once shown again. */
  visible?: boolean;
  /** With several layers shown together: whose each annotation is, and its layer's colour index. */
  layerOf?: ((annotation: Annotation) => { name: string; index: number }) | undefined;
}

const EXCERPT_LENGTH = 120;
/** A pause in typing this long saves the note: long enough not to write on every key, short enough to lose nothing. */
const NOTE_SAVE_DELAY_MS = 400;

/**
 * What the list says of an annotation: "source — cue — content" as the news reports it, the content's
 * fragments joined by "…".
 */
export function attributionLine(annotation: Annotation): string {
  const content = contentFragments(annotation)
    .map((f) => f.exact)
    .join(" … ");
  return [annotation.source?.exact, annotation.cue?.exact, content].filter(Boolean).join(" — ");
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  const chars = Array.from(flat);
  return chars.length > EXCERPT_LENGTH ? `${chars.slice(0, EXCERPT_LENGTH - 1).join("")}…` : flat;
}

/** The article's annotations in text order; the selected one opens to be retagged, noted or deleted. */
export function AnnotationList({
  annotations,
  speakers,
  selectedId,
  actions,
  visible = true,
  layerOf,
}: Props) {
  const names = new Map(speakers.map((s) => [s.id, s.name]));
  const listRef = useRef<HTMLOListElement>(null);
  const windowed = annotations.length > WINDOWED_FROM;
  const { start, end, reveal } = useListWindow(listRef, annotations.length, windowed);
  const selectedIndex = selectedId ? annotations.findIndex((a) => a.id === selectedId) : -1;
  // The list follows the selection, also to rows a windowed list has not drawn. A hidden list waits: the
  // page behind it must not scroll instead.
  // biome-ignore lint/correctness/useExhaustiveDependencies: it scrolls when the selection changes or the list is shown, not when the list changes.
  useEffect(() => {
    if (selectedIndex < 0 || !visible) return;
    if (windowed) reveal(selectedIndex);
    else listRef.current?.children[selectedIndex]?.scrollIntoView({ block: "nearest" });
  }, [selectedId, visible]);

  if (annotations.length === 0) {
    return (
      <p className="empty">
        No annotations to show. Select text in the article and press a tag button or 1–4.
      </p>
    );
  }
  return (
    <ol
      ref={listRef}
      className={`annotation-list${windowed ? " windowed" : ""}`}
      aria-label="Annotations"
      style={
        windowed
          ? { paddingTop: start * ROW_HEIGHT, paddingBottom: (annotations.length - end) * ROW_HEIGHT }
          : undefined
      }
    >
      {annotations.slice(start, end).map((annotation, i) => {
        const selected = annotation.id === selectedId;
        return (
          <li
            key={annotation.id}
            aria-setsize={annotations.length}
            aria-posinset={start + i + 1}
            className={`annotation-item tag-${annotation.tag}${selected ? " selected" : ""}`}
            data-annotation-id={annotation.id}
            onKeyDown={(event) => {
              if (isTextField(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
              if (event.key === "Delete") {
                event.preventDefault();
                actions.remove(annotation);
              } else if (event.key === "a" || event.key === "A") {
                event.preventDefault();
                actions.attribute(annotation);
              } else if ((event.key === "c" || event.key === "C") && annotation.review) {
                event.preventDefault();
                actions.confirm(annotation);
              }
            }}
          >
            <button
              type="button"
              className="annotation-summary"
              aria-current={selected ? "true" : undefined}
              onClick={() => actions.select(annotation)}
            >
              {layerOf ? (
                <span className={`layer-chip hl-layer-${layerOf(annotation).index % 6}`}>
                  {layerOf(annotation).name}
                </span>
              ) : null}
              <span className={`tag-chip tag-${annotation.tag}`}>{TAG_LABELS[annotation.tag]}</span>
              {annotation.review ? <span className="to-check-chip">To check</span> : null}
              {annotation.kind ? (
                <span className={`kind-chip kind-${annotation.kind}`}>
                  {QUOTE_KIND_LABELS[annotation.kind]}
                </span>
              ) : null}
              <span className="annotation-exact">{excerpt(attributionLine(annotation))}</span>
              {annotation.speakerId && names.has(annotation.speakerId) ? (
                <span className="annotation-speaker">
                  {annotation.tag === "speaker" ? "Names " : "Said by "}
                  <strong>{names.get(annotation.speakerId)}</strong>
                </span>
              ) : null}
              {annotation.note && !selected ? (
                <span className="annotation-note">{annotation.note}</span>
              ) : null}
            </button>
            {selected ? <AnnotationEditor annotation={annotation} actions={actions} /> : null}
          </li>
        );
      })}
    </ol>
  );
}

function AnnotationEditor({ annotation, actions }: { annotation: Annotation; actions: AnnotationActions }) {
  const [note, setNote] = useState(annotation.note);
  // A note changed elsewhere (undo, another tab) replaces the draft only while the draft is unchanged.
  const savedNote = useRef(annotation.note);
  useEffect(() => {
    setNote((draft) => (draft === savedNote.current ? annotation.note : draft));
    savedNote.current = annotation.note;
  }, [annotation.note]);

  // The note is saved as it is typed (after a pause), when the field is left, when another annotation
  // is selected, and at once when the page is left: typing and closing the tab never loses it.
  const draft = useRef({ note, annotation, sent: annotation.note });
  draft.current.note = note;
  draft.current.annotation = annotation;
  const save = useCallback(
    (leaving = false) => {
      const { note: text, annotation: current, sent } = draft.current;
      if (text === sent || text === current.note) return;
      draft.current.sent = text;
      actions.note(current, text, leaving);
    },
    [actions],
  );
  useEffect(() => {
    if (note === draft.current.sent) return;
    const timer = setTimeout(save, NOTE_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [note, save]);
  useEffect(() => {
    const leave = () => save(true);
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      save();
    };
  }, [save]);

  return (
    <div className="annotation-editor">
      {annotation.review ? (
        <PlacementCheck annotation={annotation} review={annotation.review} actions={actions} />
      ) : null}
      <label>
        Tag
        <select
          value={annotation.tag}
          onChange={(event) => actions.retag(annotation, event.target.value as Tag)}
        >
          {TAGS.map((tag) => (
            <option key={tag} value={tag}>
              {TAG_LABELS[tag]}
            </option>
          ))}
        </select>
      </label>
      {annotation.tag === "speaker" ? null : <AttributionParts annotation={annotation} actions={actions} />}
      <label className="note-field">
        Note
        <textarea
          value={note}
          rows={3}
          onChange={(event) => setNote(event.target.value)}
          onBlur={() => save()}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) save();
          }}
        />
      </label>
      <div className="editor-buttons">
        <button type="button" onClick={() => actions.attribute(annotation)} aria-keyshortcuts="A">
          {annotation.tag === "speaker" ? "Link speaker…" : "Speaker…"}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => actions.remove(annotation)}
          aria-keyshortcuts="Delete"
        >
          Delete
        </button>
      </div>
    </div>
  );
}

/**
 * An import placed this annotation in a changed text: what it was made on beside where it is now, the
 * changed words marked, and a button (or C) to confirm the place.
 */
function PlacementCheck({
  annotation,
  review,
  actions,
}: {
  annotation: Annotation;
  review: PlacementToCheck;
  actions: AnnotationActions;
}) {
  return (
    <section className="placement-check" aria-label="Place to check">
      <p className="hint">Placed by an import in a changed text. Check it, then confirm.</p>
      <dl>
        <dt>Made on</dt>
        <dd>
          …{review.prefix}
          <mark>{review.exact}</mark>
          {review.suffix}…
        </dd>
        <dt>Now</dt>
        <dd>
          …{annotation.prefix}
          <mark>{annotation.exact}</mark>
          {annotation.suffix}…
        </dd>
      </dl>
      <button type="button" onClick={() => actions.confirm(annotation)} aria-keyshortcuts="C">
        Confirm place
      </button>
    </section>
  );
}

/**
 * The parts of an attribution besides its tag: its kind, its content's fragments, its cue and its
 * source, each with a way to take it away, and how to add them from the text.
 */
function AttributionParts({ annotation, actions }: { annotation: Annotation; actions: AnnotationActions }) {
  const fragments = contentFragments(annotation);
  const part = (label: string, text: string, onRemove: (() => void) | null, removeLabel: string) => (
    <div key={label}>
      <dt className="part-label">{label}</dt>
      <dd className="part-text">
        {excerpt(text)}
        {onRemove ? (
          <button type="button" className="link-button" aria-label={removeLabel} onClick={onRemove}>
            Remove
          </button>
        ) : null}
      </dd>
    </div>
  );
  return (
    <>
      <label>
        Kind
        <select
          value={annotation.kind ?? ""}
          onChange={(event) =>
            actions.setKind(annotation, event.target.value ? (event.target.value as QuoteKind) : undefined)
          }
        >
          <option value="">Not set</option>
          {QUOTE_KINDS.map((kind) => (
            <option key={kind} value={kind} title={QUOTE_KIND_MEANINGS[kind]}>
              {QUOTE_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      {/* Terms and words, not a list: the annotations are the list here. */}
      <fieldset className="attribution-parts">
        <legend className="visually-hidden">Parts</legend>
        <dl>
          {annotation.source
            ? part(
                "Source",
                annotation.source.exact,
                () => actions.removePart(annotation, "source"),
                "Remove source",
              )
            : null}
          {annotation.cue
            ? part("Cue", annotation.cue.exact, () => actions.removePart(annotation, "cue"), "Remove cue")
            : null}
          {fragments.map((fragment, i) =>
            part(
              fragments.length > 1 ? `Content ${i + 1}/${fragments.length}` : "Content",
              fragment.exact,
              fragments.length > 1 ? () => actions.removePart(annotation, { fragment: i }) : null,
              `Remove fragment ${i + 1}`,
            ),
          )}
        </dl>
      </fieldset>
      <p className="parts-hint">
        {annotation.kind
          ? `${QUOTE_KIND_LABELS[annotation.kind]}: ${QUOTE_KIND_MEANINGS[annotation.kind]}. `
          : ""}
        Select words in the text, then + adds a fragment, C marks the cue, S the source.
      </p>
    </>
  );
}
