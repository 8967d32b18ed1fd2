import { useCallback, useEffect, useRef, useState } from "react";
import type { ReaderController } from "../../editor/readerView";
import { findAll, firstMatchFrom } from "../../model/search/findInText";
import { type FoldedText, foldText } from "../../model/search/fold";
import type { Utf16Range } from "../../model/text";

export interface Find {
  open: boolean;
  query: string;
  matches: readonly Utf16Range[];
  /** Index of the current match, or null when there is none. */
  current: number | null;
  inputRef: React.RefObject<HTMLInputElement | null>;
  /** Whether the find field has the keyboard (then Alt+1–4 tag the current match). */
  fieldFocused: boolean;
  setFieldFocused(focused: boolean): void;
  /** Opens the find bar (or goes back to it) with its text selected. */
  show(): void;
  /** Closes it: the current match stays selected in the text, which takes the keyboard. */
  close(): void;
  setQuery(query: string): void;
  next(): void;
  previous(): void;
}

interface Found {
  query: string;
  matches: readonly Utf16Range[];
  current: number | null;
}

/**
 * Find in the article: the matches of a query (folded: case, accents and quotes aside), the current
 * one selected in the text and scrolled to the middle of the view, and Ctrl/⌘+F to open it while the
 * reader is on screen (elsewhere the browser's own find stays). The text is folded once, when find is
 * first used: 10–20 ms on a 1 MB article.
 */
export function useFind(text: string, controllerRef: React.RefObject<ReaderController | null>): Find {
  const [open, setOpen] = useState(false);
  const [fieldFocused, setFieldFocused] = useState(false);
  const [found, setFound] = useState<Found>({ query: "", matches: [], current: null });
  const inputRef = useRef<HTMLInputElement | null>(null);
  const folded = useRef<FoldedText | null>(null);
  // Where the first match is looked for: the selection or caret when find opened, then the current match.
  const anchor = useRef(0);
  const latest = useRef(found);
  latest.current = found;

  const goTo = useCallback(
    (next: Found, redraw: boolean) => {
      setFound(next);
      const controller = controllerRef.current;
      if (!controller) return;
      if (redraw) controller.setFindMatches(next.matches, next.current);
      else controller.setCurrentMatch(next.current);
      const range = next.current === null ? undefined : next.matches[next.current];
      if (range) {
        anchor.current = range.start;
        controller.selectRange(range);
      }
    },
    [controllerRef],
  );

  const search = useCallback(
    (query: string) => {
      folded.current ??= foldText(text);
      const matches = findAll(folded.current, query);
      goTo(
        { query, matches, current: matches.length > 0 ? firstMatchFrom(matches, anchor.current) : null },
        true,
      );
    },
    [text, goTo],
  );

  const show = useCallback(() => {
    const controller = controllerRef.current;
    if (!open && controller) {
      anchor.current = controller.positions.toOffset(controller.view.state.selection.from);
      if (latest.current.query !== "") search(latest.current.query);
    }
    setOpen(true);
    requestAnimationFrame(() => {
      inputRef.current?.focus();
      inputRef.current?.select();
    });
  }, [open, controllerRef, search]);

  const close = useCallback(() => {
    setOpen(false);
    const controller = controllerRef.current;
    if (!controller) return;
    const { matches, current } = latest.current;
    controller.setFindMatches([], null);
    const range = current === null ? undefined : matches[current];
    if (range) controller.selectRange(range, { focus: true });
    else controller.view.focus();
  }, [controllerRef]);

  const step = useCallback(
    (by: 1 | -1) => {
      const { matches, current } = latest.current;
      if (matches.length === 0) return;
      const next = current === null ? 0 : (current + by + matches.length) % matches.length;
      goTo({ ...latest.current, current: next }, false);
    },
    [goTo],
  );

  // Ctrl/⌘+F is find in the article while the reader is mounted, and the browser's everywhere else.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key !== "f" && event.key !== "F") return;
      event.preventDefault();
      show();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [show]);

  return {
    open,
    query: found.query,
    matches: found.matches,
    current: found.current,
    inputRef,
    fieldFocused,
    setFieldFocused,
    show,
    close,
    setQuery: search,
    next: useCallback(() => step(1), [step]),
    previous: useCallback(() => step(-1), [step]),
  };
}
