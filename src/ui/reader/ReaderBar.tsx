import type { ReactNode } from "react";
import { type Annotation, type Speaker, TAG_LABELS } from "../../model/types";
import { PendingWrites, WriteStatus } from "../writes/PendingWrites";

interface Props {
  /** The selected annotation, if any, and its speaker. */
  selected: Annotation | undefined;
  speaker: Speaker | undefined;
  /** How many annotations the article has; null while they are being read. */
  total: number | null;
  /** Receives the element the tag toolbar docks in while text is selected. */
  toolbarDock(element: HTMLDivElement | null): void;
  onAttribute(annotation: Annotation): void;
  onOpenPanel(): void;
  /** The review of the suggestion under review, if any (shown when no annotation is selected). */
  suggestion: ReactNode;
  /** How many suggestions wait in the text. */
  suggestionsWaiting: number;
}

/**
 * A narrow screen's bar at the bottom, in reach of a thumb: writes the browser refused and the status
 * line (here, not in the closed panel, so they are seen and heard), the tag toolbar while text is
 * selected, what the selected annotation is and who said it, and the button that opens the annotations
 * panel. Tapping a highlight shows it here, and the page stays where it is.
 */
export function ReaderBar({
  selected,
  speaker,
  total,
  toolbarDock,
  onAttribute,
  onOpenPanel,
  suggestion,
  suggestionsWaiting,
}: Props) {
  const mention = selected?.tag === "speaker";
  return (
    <div className="reader-bar">
      <PendingWrites />
      <WriteStatus />
      <div ref={toolbarDock} className="toolbar-dock" />
      {selected ? null : suggestion}
      <div className={selected ? "reader-bar-row has-selection" : "reader-bar-row"}>
        {selected ? (
          <section className="selected-summary" aria-label="Selected annotation">
            <span className="selected-what">
              <span className={`tag-chip tag-${selected.tag}`}>{TAG_LABELS[selected.tag]}</span>
              <span className="selected-speaker">
                {speaker ? (
                  <>
                    {mention ? "Names " : "Said by "}
                    <strong>{speaker.name}</strong>
                  </>
                ) : mention ? (
                  "No speaker linked"
                ) : (
                  "No speaker"
                )}
              </span>
            </span>
            <button type="button" onClick={() => onAttribute(selected)} aria-keyshortcuts="A">
              {mention ? "Link speaker…" : "Speaker…"}
            </button>
          </section>
        ) : (
          <p className="bar-hint">
            {suggestionsWaiting > 0 && !suggestion
              ? "Select text to tag it, or tap a dashed frame to review a suggestion."
              : "Select text to tag it."}
          </p>
        )}
        <button type="button" className="open-panel" onClick={onOpenPanel}>
          Annotations ({total ?? "…"})
        </button>
      </div>
    </div>
  );
}
