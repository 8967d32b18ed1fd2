import { type Annotation, type Speaker, TAG_LABELS, TAGS, type Tag } from "../../model/types";
import { MOD } from "../shared/keyboard";
import { AnnotationList } from "./AnnotationList";

export type SpeakerFilter = "all" | "unattributed" | string;

interface Props {
  /** Failed writes and other things the user must see at once. */
  notices: React.ReactNode;
  /** Imported annotations that could not be placed in this text. */
  orphans: React.ReactNode;
  /** Null while the annotations are being read. */
  total: number | null;
  annotations: readonly Annotation[];
  speakers: readonly Speaker[];
  selectedId: string | null;
  shownTags: ReadonlySet<Tag>;
  onShownTags(tags: ReadonlySet<Tag>): void;
  speakerFilter: SpeakerFilter;
  onSpeakerFilter(filter: SpeakerFilter): void;
  status: string;
  undoLabel: string | null;
  redoLabel: string | null;
  onUndo(): void;
  onRedo(): void;
  onSelect(annotation: Annotation): void;
  onRetag(annotation: Annotation, tag: Tag): void;
  onNote(annotation: Annotation, note: string): void;
  onDelete(annotation: Annotation): void;
  onAttribute(annotation: Annotation): void;
}

export function ReaderSidebar(props: Props) {
  const { shownTags, speakers } = props;
  return (
    <aside className="sidebar" aria-label="Annotations of this article">
      <div className="sidebar-header">
        <h2>
          Annotations <span className="count">{props.total ?? "…"}</span>
        </h2>
        <div className="undo-buttons">
          <button
            type="button"
            onClick={props.onUndo}
            disabled={!props.undoLabel}
            aria-keyshortcuts="Control+Z Meta+Z"
            title={props.undoLabel ? `Undo ${props.undoLabel} (${MOD}+Z)` : "Nothing to undo"}
          >
            Undo
          </button>
          <button
            type="button"
            onClick={props.onRedo}
            disabled={!props.redoLabel}
            aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
            title={props.redoLabel ? `Redo ${props.redoLabel} (${MOD}+Shift+Z)` : "Nothing to redo"}
          >
            Redo
          </button>
        </div>
      </div>
      <fieldset className="tag-filter">
        <legend>Show</legend>
        {TAGS.map((t) => (
          <label key={t} className={`tag-chip tag-${t}`}>
            <input
              type="checkbox"
              checked={shownTags.has(t)}
              onChange={(event) => {
                const next = new Set(shownTags);
                if (event.target.checked) next.add(t);
                else next.delete(t);
                props.onShownTags(next);
              }}
            />
            {TAG_LABELS[t]}s
          </label>
        ))}
      </fieldset>
      <label className="speaker-filter">
        Speaker
        <select value={props.speakerFilter} onChange={(event) => props.onSpeakerFilter(event.target.value)}>
          <option value="all">All speakers</option>
          <option value="unattributed">Unattributed</option>
          {speakers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {props.notices}
      <p className="status" role="status" aria-live="polite">
        {props.status}
      </p>
      {props.total === null ? (
        <p className="loading">Loading annotations…</p>
      ) : (
        <AnnotationList
          annotations={props.annotations}
          speakers={speakers}
          selectedId={props.selectedId}
          onSelect={props.onSelect}
          onRetag={props.onRetag}
          onNote={props.onNote}
          onDelete={props.onDelete}
          onAttribute={props.onAttribute}
        />
      )}
      {props.orphans}
      <details className="keys">
        <summary>Keyboard</summary>
        <dl>
          <dt>Arrows, Shift+Arrows, {MOD}+Shift+Arrows</dt>
          <dd>move the caret, select by character or word</dd>
          <dt>1 2 3 4</dt>
          <dd>tag the selection as quote, claim, statistic, speaker</dd>
          <dt>A</dt>
          <dd>choose the speaker of the selected annotation</dd>
          <dt>Delete</dt>
          <dd>delete the selected annotation</dd>
          <dt>
            {MOD}+Z, {MOD}+Shift+Z
          </dt>
          <dd>undo, redo</dd>
        </dl>
      </details>
    </aside>
  );
}
