import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { AnnotationSelection } from "../../editor/annotationSelection";
import type { Highlight } from "../../editor/highlights";
import { createReaderView, type ReaderController } from "../../editor/readerView";
import type { Utf16Range } from "../../model/text";
import type { Tag } from "../../model/types";
import { useFollowViewport } from "../shared/useFollowViewport";
import { TagToolbar } from "./TagToolbar";

interface Props {
  text: string;
  title: string;
  highlights: readonly Highlight[];
  /** The selected annotation: a click on a highlight selects it. */
  selection: AnnotationSelection;
  onTag(tag: Tag, range: Utf16Range): void;
  onDeleteSelected(): void;
  onAttributeSelected(): void;
  onConfirmSelected(): void;
  /** J, K, Enter and X for the suggestions (see ReaderCallbacks.onSuggestionKey). */
  onSuggestionKey(key: "next" | "previous" | "accept" | "reject"): boolean;
  onSuggestionClick(key: string): void;
  /** Makes the selected words a part of the selected annotation (see ReaderCallbacks.onPartKey). */
  onPart(part: "fragment" | "cue" | "source", range: Utf16Range): void;
  /** What the selected annotation is, when one is: the toolbar then offers to add the words to it. */
  selectedTag?: Tag | undefined;
  /** The taggable selection (snapped to words), or null. */
  onRangeChange?(range: Utf16Range | null): void;
  controllerRef: React.RefObject<ReaderController | null>;
  /** Where to dock the tag toolbar instead of beside the selection (a narrow screen's bottom bar), if anywhere. */
  toolbarDock?: HTMLElement | null;
  /** A key held with 1–4 to tag, shown on the toolbar: Alt while the find bar has the keys. */
  tagKeyModifier?: string | undefined;
}

/**
 * The read-only article and the tag toolbar. The ProseMirror view is created once per article with the
 * highlights it starts with; later changes reach it as differences through the highlights plugin.
 */
export function ArticleText({
  text,
  title,
  highlights,
  selection,
  onTag,
  onDeleteSelected,
  onAttributeSelected,
  onConfirmSelected,
  onPart,
  onSuggestionKey,
  onSuggestionClick,
  selectedTag,
  onRangeChange,
  controllerRef,
  toolbarDock = null,
  tagKeyModifier,
}: Props) {
  const mountRef = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState<Utf16Range | null>(null);
  const [dragging, setDragging] = useState(false);
  const [anchor, setAnchor] = useState<ReturnType<ReaderController["rectsOf"]> | null>(null);
  // Callbacks change with every render; the view keeps calling the latest through this ref.
  const callbacks = {
    onTag,
    onDeleteSelected,
    onAttributeSelected,
    onConfirmSelected,
    onRangeChange,
    onPart,
    onSuggestionKey,
    onSuggestionClick,
  };
  const latest = useRef(callbacks);
  latest.current = callbacks;
  const initialHighlights = useRef(highlights);

  useLayoutEffect(() => {
    const mount = mountRef.current;
    if (!mount) return;
    const controller = createReaderView(
      mount,
      text,
      initialHighlights.current,
      {
        onSelectionChange: (r) => {
          setRange(r);
          latest.current.onRangeChange?.(r);
        },
        onTagKey: (tag, r) => latest.current.onTag(tag, r),
        onHighlightClick: (id) => selection.select(id),
        onDeleteKey: () => latest.current.onDeleteSelected(),
        onAttributeKey: () => latest.current.onAttributeSelected(),
        onConfirmKey: () => latest.current.onConfirmSelected(),
        onPartKey: (part, r) => latest.current.onPart(part, r),
        onSuggestionKey: (key) => latest.current.onSuggestionKey(key),
        onSuggestionClick: (key) => latest.current.onSuggestionClick(key),
      },
      `Article text: ${title}`,
      selection,
    );
    controllerRef.current = controller;
    return () => {
      controller.destroy();
      controllerRef.current = null;
    };
  }, [text, title, controllerRef, selection]);

  useEffect(() => {
    controllerRef.current?.setHighlights(highlights);
  }, [highlights, controllerRef]);

  // The toolbar waits for the mouse button to be released, so it never sits under a drag in progress.
  useEffect(() => {
    const mount = mountRef.current;
    if (!mount) return;
    const down = (event: PointerEvent) => {
      if (event.button === 0) setDragging(true);
    };
    const up = () => setDragging(false);
    mount.addEventListener("pointerdown", down);
    window.addEventListener("pointerup", up);
    window.addEventListener("pointercancel", up);
    return () => {
      mount.removeEventListener("pointerdown", down);
      window.removeEventListener("pointerup", up);
      window.removeEventListener("pointercancel", up);
    };
  }, []);

  const place = useCallback(() => {
    const controller = controllerRef.current;
    setAnchor(range && controller ? controller.rectsOf(range) : null);
  }, [range, controllerRef]);

  useFollowViewport(place, range !== null);

  return (
    <>
      <div ref={mountRef} className="article-mount" />
      {range && anchor && !dragging ? (
        toolbarDock ? (
          createPortal(
            <TagToolbar
              anchor={anchor}
              docked
              keyModifier={tagKeyModifier}
              onTag={(tag) => onTag(tag, range)}
              selectedTag={selectedTag}
              onPart={(part) => onPart(part, range)}
            />,
            toolbarDock,
          )
        ) : (
          <TagToolbar
            anchor={anchor}
            keyModifier={tagKeyModifier}
            onTag={(tag) => {
              onTag(tag, range);
            }}
            selectedTag={selectedTag}
            onPart={(part) => onPart(part, range)}
          />
        )
      ) : null}
    </>
  );
}
