import { QUOTE_KIND_LABELS } from "../../model/types";
import { suggestionLine } from "./SuggestionReview";
import type { ReaderSuggestions } from "./useSuggestions";

/** The confidence from which "Accept all" takes suggestions. */
export const ACCEPT_ALL_FROM = 0.8;

/**
 * The suggestions beside the text: how many wait, the one under review with what it found, and the
 * buttons (and keys) to move, accept and reject; "Show suggestions" turns them off.
 */
export function SuggestionsPanel({
  suggestions,
  onStep,
}: {
  suggestions: ReaderSuggestions;
  /** Moves the review on and shows the suggestion in the text, as J and K do. */
  onStep(direction: 1 | -1): void;
}) {
  const { shown, waiting, current } = suggestions;
  const sure = (waiting ?? []).filter((p) => p.confidence >= ACCEPT_ALL_FROM).length;
  return (
    <section className="suggestions-panel" aria-label="Suggestions">
      <div className="suggestions-header">
        <h3>
          Suggestions{" "}
          <span className="count">{shown ? (waiting === null ? "…" : waiting.length) : "off"}</span>
        </h3>
        <label>
          <input
            type="checkbox"
            checked={shown}
            onChange={(event) => suggestions.setShown(event.target.checked)}
          />{" "}
          Show
        </label>
      </div>
      {shown && waiting?.length ? (
        <>
          {current ? (
            <p className="suggestion-current">
              <span className={`kind-chip kind-${current.kind}`}>{QUOTE_KIND_LABELS[current.kind]}</span>{" "}
              {suggestionLine(current, 160)}{" "}
              <span className="suggestion-confidence">({Math.round(current.confidence * 100)}%)</span>
            </p>
          ) : (
            <p className="hint">
              J and K (or Previous and Next) go through the suggestions drawn with a dashed frame in the text;
              a click on one reviews it.
            </p>
          )}
          <div className="suggestion-buttons">
            <button type="button" aria-keyshortcuts="K" onClick={() => onStep(-1)}>
              Previous
            </button>
            <button type="button" aria-keyshortcuts="J" onClick={() => onStep(1)}>
              Next
            </button>
            <button
              type="button"
              aria-keyshortcuts="Enter"
              disabled={!current}
              onClick={() => current && suggestions.accept(current)}
            >
              Accept
            </button>
            <button
              type="button"
              aria-keyshortcuts="X"
              disabled={!current}
              onClick={() => current && suggestions.reject(current)}
            >
              Reject
            </button>
            <button
              type="button"
              disabled={sure === 0}
              onClick={() => suggestions.acceptFrom(ACCEPT_ALL_FROM)}
            >
              Accept all at {Math.round(ACCEPT_ALL_FROM * 100)}% or more ({sure})
            </button>
          </div>
        </>
      ) : shown && waiting ? (
        <p className="hint">
          None waiting: every suggestion for this text is accepted, rejected or annotated.
        </p>
      ) : null}
    </section>
  );
}
