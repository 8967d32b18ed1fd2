import { useEffect, useRef } from "react";
import { layerOf as layerOfAnnotation, OWN_LAYER } from "../../model/layers";
import {
  type Annotation,
  GOLD_LAYER,
  QUOTE_KIND_LABELS,
  QUOTE_KINDS,
  type Speaker,
  TAG_LABELS,
  TAGS,
} from "../../model/types";
import { ALT, MOD } from "../shared/keyboard";
import { PendingWrites, UndoButtons, WriteStatus } from "../writes/PendingWrites";
import { type AnnotationActions, AnnotationList } from "./AnnotationList";
import type { KindFilter, ReaderFilters } from "./useShownAnnotations";

interface Props {
  /** How a layer is named: the user's own by the name they gave. */
  layerName(layer: string): string;
  /** How many annotations the article has; null while they are being read. */
  total: number | null;
  /** The annotations that pass the filters. */
  shown: readonly Annotation[];
  speakers: readonly Speaker[];
  selectedId: string | null;
  filters: ReaderFilters;
  actions: AnnotationActions;
  /** Imported annotations that could not be placed in this text. */
  orphans: React.ReactNode;
  /** The app's suggestions to review. */
  suggestions?: React.ReactNode;
  /**
   * On a narrow screen the sidebar is a panel over the text, shown when `open`: a modal dialog that
   * takes the focus when it opens and closes with its Close button or Escape.
   */
  panel?: { open: boolean; onClose(): void } | undefined;
}

/** The article's annotations beside its text: filters, what just happened, the list, and the keys. */
export function ReaderSidebar({
  layerName,
  total,
  shown,
  suggestions,
  speakers,
  selectedId,
  filters,
  actions,
  orphans,
  panel,
}: Props) {
  const { shownTags, setShownTags, speakerFilter, setSpeakerFilter, kindFilter, setKindFilter } = filters;
  const { layers, layerView, setLayerView } = filters;
  const layered = layers.length > 1 || (layers.length === 1 && layers[0] !== OWN_LAYER);
  const viewValue = layerView.show === "one" ? `one:${layerView.layer}` : layerView.show;
  const closeRef = useRef<HTMLButtonElement>(null);
  const open = panel?.open ?? true;
  useEffect(() => {
    if (panel?.open) closeRef.current?.focus();
  }, [panel?.open]);

  const contents = (
    <>
      <div className="sidebar-header">
        <h2>
          Annotations <span className="count">{total ?? "…"}</span>
        </h2>
        <UndoButtons />
        {panel ? (
          <button ref={closeRef} type="button" className="close-panel" onClick={panel.onClose}>
            Close
          </button>
        ) : null}
      </div>
      {layered ? (
        <label className="speaker-filter layer-filter">
          Layer
          <select
            value={viewValue}
            onChange={(event) => {
              const value = event.target.value;
              setLayerView(
                value === "all" || value === "differ"
                  ? { show: value }
                  : { show: "one", layer: value.slice("one:".length) },
              );
            }}
          >
            {layers.map((layer) => (
              <option key={layer} value={`one:${layer}`}>
                {layerName(layer)}
                {layer === OWN_LAYER ? " (yours)" : ""}
              </option>
            ))}
            {layers.length > 1 ? <option value="all">All side by side</option> : null}
            {layers.length > 1 ? <option value="differ">Only where they differ</option> : null}
          </select>
        </label>
      ) : null}
      {layered && layerView.show !== "one" ? (
        <ul className="layer-key" aria-label="Layer colours">
          {layers.map((layer, i) => (
            <li key={layer}>
              <span className={`layer-swatch hl-layer-${i % 6}`} aria-hidden="true" /> {layerName(layer)}
            </li>
          ))}
        </ul>
      ) : null}
      {layered && layerView.show === "one" && layerView.layer === GOLD_LAYER ? (
        <p className="hint">What you tag goes to the gold layer.</p>
      ) : layered && !(layerView.show === "one" && layerView.layer === OWN_LAYER) ? (
        <p className="hint">What you tag goes to your own layer.</p>
      ) : null}
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
                setShownTags(next);
              }}
            />
            {TAG_LABELS[t]}s
          </label>
        ))}
      </fieldset>
      <label className="speaker-filter">
        Speaker
        <select value={speakerFilter} onChange={(event) => setSpeakerFilter(event.target.value)}>
          <option value="all">All speakers</option>
          <option value="unattributed">Unattributed</option>
          {speakers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="speaker-filter">
        Kind
        <select value={kindFilter} onChange={(event) => setKindFilter(event.target.value as KindFilter)}>
          <option value="all">All kinds</option>
          {QUOTE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {QUOTE_KIND_LABELS[kind]}
            </option>
          ))}
          <option value="unset">Kind not set</option>
        </select>
      </label>
      {/* In a panel, the bar below the text shows these: a closed panel would hide them. */}
      {panel ? null : (
        <>
          <PendingWrites />
          <WriteStatus />
        </>
      )}
      {suggestions}
      <PlacementsToCheck shown={shown} selectedId={selectedId} select={actions.select} />
      {total === null ? (
        <p className="loading">Loading annotations…</p>
      ) : (
        <AnnotationList
          annotations={shown}
          speakers={speakers}
          selectedId={selectedId}
          actions={actions}
          visible={open}
          layerOf={
            layered && layerView.show !== "one"
              ? (a) => ({
                  name: layerName(layerOfAnnotation(a)),
                  index: layers.indexOf(layerOfAnnotation(a)),
                })
              : undefined
          }
        />
      )}
      {orphans}
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
          <dt>+ C S</dt>
          <dd>
            with an annotation and words selected: add the words as a fragment, mark them as its cue, as its
            source
          </dd>
          <dt>J K, Enter, X</dt>
          <dd>the next and previous suggestion; accept it, reject it</dd>
          <dt>C</dt>
          <dd>with nothing selected: confirm the place of an imported annotation marked “To check”</dd>
          <dt>
            {MOD}+Z, {MOD}+Shift+Z
          </dt>
          <dd>undo, redo</dd>
          <dt>{MOD}+F</dt>
          <dd>find in the article (or the Find button)</dd>
          <dt>Enter, Shift+Enter</dt>
          <dd>in find: the next match, the previous one</dd>
          <dt>{ALT}+1 2 3 4</dt>
          <dd>in find: tag the current match as quote, claim, statistic, speaker</dd>
          <dt>Esc</dt>
          <dd>in find: close it; the match stays selected in the text, where 1–4 tag it</dd>
        </dl>
      </details>
    </>
  );

  if (!panel) {
    return (
      <aside className="sidebar" aria-label="Annotations of this article">
        {contents}
      </aside>
    );
  }
  return (
    <div
      className="sidebar panel"
      role="dialog"
      aria-modal="true"
      aria-label="Annotations"
      hidden={!panel.open}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || event.defaultPrevented) return;
        event.preventDefault();
        panel.onClose();
      }}
    >
      {contents}
    </div>
  );
}

/** How many imported annotations wait to have their new place checked, and a way to go through them. */
function PlacementsToCheck({
  shown,
  selectedId,
  select,
}: {
  shown: readonly Annotation[];
  selectedId: string | null;
  select(annotation: Annotation): void;
}) {
  const toCheck = shown.filter((a) => a.review);
  if (toCheck.length === 0) return null;
  const current = shown.findIndex((a) => a.id === selectedId);
  // The next one after the selected annotation in text order, or the first.
  const next = toCheck.find((a) => shown.indexOf(a) > current) ?? toCheck[0];
  return (
    <p className="to-check">
      {toCheck.length === 1 ? "1 place" : `${toCheck.length} places`} to check after an import.{" "}
      <button type="button" onClick={() => next && select(next)}>
        Next to check
      </button>
    </p>
  );
}
