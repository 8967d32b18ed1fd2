import { useLayoutEffect, useRef, useState } from "react";
import { TAG_LABELS, TAGS, type Tag } from "../../model/types";

interface Props {
  /** Viewport rectangle of the selected text. */
  anchor: { top: number; bottom: number; left: number; right: number };
  onTag(tag: Tag): void;
  /**
   * Docked in a bar at the bottom of a narrow screen rather than beside the selection: there a phone
   * draws its own menu and handles next to the selection, and a thumb reaches the bottom.
   */
  docked?: boolean;
  /** A key held with 1–4, e.g. Alt while the keys go to the find bar; none unless given. */
  keyModifier?: string | undefined;
  /** The selected annotation's tag, when one is selected: the words can then join it as a part. */
  selectedTag?: Tag | undefined;
  onPart?(part: "fragment" | "cue" | "source"): void;
}

const PART_BUTTONS = [
  { part: "fragment", label: "+ Fragment", key: "+" },
  { part: "cue", label: "Cue", key: "C" },
  { part: "source", label: "Source", key: "S" },
] as const;

const GAP = 8;

/**
 * The four tag buttons beside the selection: above it when there is room, otherwise below, so it never
 * covers the selected text. Pressing a button must not take the selection away, hence no mousedown.
 */
export function TagToolbar({ anchor, onTag, docked = false, keyModifier, selectedTag, onPart }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const toolbar = ref.current;
    if (!toolbar || docked) return;
    const { width, height } = toolbar.getBoundingClientRect();
    const above = anchor.top - height - GAP;
    const top = above >= GAP ? above : anchor.bottom + GAP;
    const left = Math.min(Math.max(GAP, anchor.left), window.innerWidth - width - GAP);
    setPosition({ top, left: Math.max(GAP, left) });
  }, [anchor, docked]);

  return (
    <div
      ref={ref}
      className={docked ? "tag-toolbar docked" : "tag-toolbar"}
      role="toolbar"
      aria-label="Tag the selection"
      style={
        docked
          ? undefined
          : position
            ? { top: position.top, left: position.left }
            : { visibility: "hidden", top: 0, left: 0 }
      }
      onMouseDown={(event) => event.preventDefault()}
    >
      {TAGS.map((tag, i) => (
        <button
          key={tag}
          type="button"
          className={`tag-button tag-${tag}`}
          aria-keyshortcuts={keyModifier ? `Alt+${i + 1}` : String(i + 1)}
          onClick={() => onTag(tag)}
        >
          {TAG_LABELS[tag]}
          <span className="key" aria-hidden="true">
            {keyModifier ? `${keyModifier}+${i + 1}` : i + 1}
          </span>
        </button>
      ))}
      {selectedTag && selectedTag !== "speaker" && onPart ? (
        // biome-ignore lint/a11y/useSemanticElements: a group inside the toolbar, which a fieldset cannot be.
        <span className="part-buttons" role="group" aria-label={`Add to the selected ${selectedTag}`}>
          {PART_BUTTONS.map(({ part, label, key }) => (
            <button
              key={part}
              type="button"
              className={`part-button part-${part}`}
              aria-keyshortcuts={key === "+" ? undefined : key}
              aria-label={`${part === "fragment" ? "Add as fragment" : `Mark as ${part}`} of the selected ${selectedTag}`}
              onClick={() => onPart(part)}
            >
              {label}
              <span className="key" aria-hidden="true">
                {key}
              </span>
            </button>
          ))}
        </span>
      ) : null}
    </div>
  );
}
