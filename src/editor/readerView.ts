import { EditorState, TextSelection, type Transaction } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { snapToWords } from "../model/anchor";
import type { Utf16Range } from "../model/text";
import { TAGS, type Tag } from "../model/types";
import { afterInputScheduler } from "./afterInput";
import type { AnnotationSelection } from "./annotationSelection";
import { findPlugin, setCurrentMatch, setFindMatches, showFindSections } from "./findHighlights";
import {
  changeHighlight,
  type Highlight,
  hideSections,
  highlightsAt,
  highlightsPlugin,
  setHighlights,
  setSelectedHighlight,
  showSections,
} from "./highlights";
import { type NearSections, watchNearSections } from "./nearSections";
import { type PositionMap, positionMap } from "./positions";
import { readOnlyPlugin } from "./readOnly";
import { articleDocument } from "./schema";
import { sectionView } from "./sectionView";
import {
  type SuggestionMark,
  setSuggestionMarks,
  showSuggestionSections,
  suggestionsPlugin,
} from "./suggestions";

export interface ReaderCallbacks {
  /** The selection as the annotator means it (snapped to words), or null when nothing taggable is selected. */
  onSelectionChange(range: Utf16Range | null): void;
  /** Keys 1–4 with a taggable selection. */
  onTagKey(tag: Tag, range: Utf16Range): void;
  /** A click on highlighted text with no selection: the annotation to select, cycling through nested ones. */
  onHighlightClick(id: string): void;
  /** Delete or Backspace with no selection: remove the selected annotation. */
  onDeleteKey(): void;
  /** A with no selection: choose the speaker of the selected annotation. */
  onAttributeKey(): void;
  /** C with no selection: confirm where an import placed the selected annotation. */
  onConfirmKey(): void;
  /**
   * With an annotation selected and words selected: + adds them to its content as a fragment, C marks
   * them as its cue, S as its source.
   */
  onPartKey(part: "fragment" | "cue" | "source", range: Utf16Range): void;
  /**
   * J and K (next, previous suggestion), Enter (accept the one under review) and X (reject it), with no
   * selection; true when the key was used.
   */
  onSuggestionKey(key: "next" | "previous" | "accept" | "reject"): boolean;
  /** A click on a suggestion drawn in the text: review it. */
  onSuggestionClick(key: string): void;
}

const SUGGESTION_KEYS: Record<string, "next" | "previous" | "accept" | "reject"> = {
  j: "next",
  J: "next",
  k: "previous",
  K: "previous",
  Enter: "accept",
  x: "reject",
  X: "reject",
};

/** The keys that make the selected words a part of the selected annotation. */
const PART_KEYS: Record<string, "fragment" | "cue" | "source"> = {
  "+": "fragment",
  c: "cue",
  C: "cue",
  s: "source",
  S: "source",
};

export interface ReaderController {
  readonly view: EditorView;
  readonly positions: PositionMap;
  setHighlights(highlights: readonly Highlight[]): void;
  /** Draws the suggestions, `current` (a key) as the one under review. */
  setSuggestions(marks: readonly SuggestionMark[], current: string | null): void;
  /**
   * Draws (or redraws) one highlight at once, ahead of the database; the next setHighlights settles it.
   * With `clearSelection`, the selection collapses to its end in the same update; `afterDrawn` runs right
   * after it is drawn.
   */
  putHighlight(highlight: Highlight, options?: { clearSelection?: boolean; afterDrawn?: () => void }): void;
  /** Removes one highlight at once, ahead of the database. */
  removeHighlight(id: string): void;
  /** Puts the caret at `range.end` and scrolls the range into view. */
  reveal(range: Utf16Range): void;
  /**
   * Selects `range` as the user could, and scrolls it to the middle of the view; with `focus`, puts
   * the keyboard in the text, so that the keys 1–4 tag it.
   */
  selectRange(range: Utf16Range, options?: { focus?: boolean }): void;
  /** Draws the matches of find, `current` apart; an empty list clears them. */
  setFindMatches(matches: readonly Utf16Range[], current: number | null): void;
  setCurrentMatch(current: number | null): void;
  clearSelection(): void;
  /** Viewport rectangles of the start and end of `range`, for placing the toolbar beside it. */
  rectsOf(range: Utf16Range): { top: number; bottom: number; left: number; right: number };
  destroy(): void;
}

export function createReaderView(
  mount: HTMLElement,
  text: string,
  initialHighlights: readonly Highlight[],
  callbacks: ReaderCallbacks,
  label: string,
  selection: AnnotationSelection,
): ReaderController {
  const { doc, blocks } = articleDocument(text);
  const positions = positionMap(blocks, text.length);

  const selectedRange = (state: EditorState): Utf16Range | null => {
    const { from, to, empty } = state.selection;
    if (empty) return null;
    return snapToWords(text, { start: positions.toOffset(from), end: positions.toOffset(to) });
  };

  // ProseMirror learns of native caret moves from selectionchange events, which can arrive after a
  // fast key press; a tag key reads the DOM selection itself so it tags what the user sees selected.
  const domSelection = (v: EditorView): { anchor: number; head: number } | null => {
    const selection = v.dom.ownerDocument.getSelection();
    if (!selection?.anchorNode || !selection.focusNode) return null;
    if (!v.dom.contains(selection.anchorNode) || !v.dom.contains(selection.focusNode)) return null;
    return {
      anchor: v.posAtDOM(selection.anchorNode, selection.anchorOffset),
      head: v.posAtDOM(selection.focusNode, selection.focusOffset),
    };
  };
  const rangeOnScreen = (v: EditorView): Utf16Range | null => {
    const dom = domSelection(v);
    if (!dom) return selectedRange(v.state);
    if (dom.anchor === dom.head) return null;
    const from = Math.min(dom.anchor, dom.head);
    const to = Math.max(dom.anchor, dom.head);
    return snapToWords(text, { start: positions.toOffset(from), end: positions.toOffset(to) });
  };
  // A highlight update redraws the selection from the state; take in a caret move the state has not
  // seen yet first, or the redraw would undo it.
  const withSelectionOnScreen = (tr: Transaction): Transaction => {
    if (!view.hasFocus()) return tr;
    const dom = domSelection(view);
    if (!dom || (dom.anchor === tr.selection.anchor && dom.head === tr.selection.head)) return tr;
    return tr.setSelection(TextSelection.create(tr.doc, dom.anchor, dom.head));
  };

  // Every change to the view runs in a task of its own, right after the input event (afterInput.ts).
  let destroyed = false;
  const afterInput = afterInputScheduler();
  // A tag leaves the caret at the end of what was selected, as clearSelection does.
  const collapse = (tr: Transaction): Transaction =>
    tr.setSelection(TextSelection.create(tr.doc, tr.selection.to));

  const scrollToMiddle = (pos: number) => {
    const dom = view.domAtPos(pos);
    const element = dom.node instanceof Element ? dom.node : dom.node.parentElement;
    element?.scrollIntoView({ block: "center" });
  };

  let sections: NearSections | null = null;
  let mounted = false;

  const state = EditorState.create({
    doc,
    // The first section is drawn with the view, so an article opened at its top shows its highlights
    // in the first frame; the others follow as they come near the viewport.
    plugins: [
      readOnlyPlugin(),
      highlightsPlugin(positions, initialHighlights, [0]),
      findPlugin(positions),
      suggestionsPlugin(positions),
    ],
  });

  const view: EditorView = new EditorView(mount, {
    state,
    nodeViews: { section: sectionView },
    // The text is read, never typed in: no on-screen keyboard should cover half a phone's screen when it
    // is tapped. A hardware keyboard still moves the caret and tags.
    attributes: { "aria-label": label, class: "article-text", inputmode: "none" },
    dispatchTransaction(tr) {
      const before = view.state.selection;
      view.updateState(view.state.apply(tr));
      sections?.refresh();
      if (!view.state.selection.eq(before)) callbacks.onSelectionChange(selectedRange(view.state));
    },
    handleKeyDown(v, event) {
      if (event.ctrlKey || event.metaKey || event.altKey) return false;
      const tagIndex = ["1", "2", "3", "4"].indexOf(event.key);
      if (tagIndex >= 0) {
        const range = rangeOnScreen(v);
        const tag = TAGS[tagIndex];
        if (range && tag) callbacks.onTagKey(tag, range);
        return true;
      }
      const selectedId = selection.get();
      if ((event.key === "Delete" || event.key === "Backspace") && v.state.selection.empty && selectedId) {
        callbacks.onDeleteKey();
        return true;
      }
      if ((event.key === "a" || event.key === "A") && selectedId) {
        callbacks.onAttributeKey();
        return true;
      }
      const part = PART_KEYS[event.key];
      if (part && selectedId) {
        const range = rangeOnScreen(v);
        if (range) {
          callbacks.onPartKey(part, range);
          return true;
        }
      }
      const suggestionKey = SUGGESTION_KEYS[event.key];
      if (suggestionKey && v.state.selection.empty && callbacks.onSuggestionKey(suggestionKey)) return true;
      if ((event.key === "c" || event.key === "C") && v.state.selection.empty && selectedId) {
        callbacks.onConfirmKey();
        return true;
      }
      return false;
    },
    handleClick(v, pos, event) {
      if (!v.state.selection.empty) return false;
      const suggestion =
        event.target instanceof Element ? event.target.closest("[data-suggestion-key]") : null;
      const suggestionKey = suggestion?.getAttribute("data-suggestion-key");
      if (
        suggestionKey &&
        !(event.target instanceof Element && event.target.closest("[data-annotation-id]"))
      ) {
        callbacks.onSuggestionClick(suggestionKey);
        return false;
      }
      const under = highlightsAt(v.state, positions.toOffset(pos));
      if (under.length === 0) return false;
      const current = under.findIndex((h) => h.annotationId === selection.get());
      const next = under[(current + 1) % under.length];
      if (next) callbacks.onHighlightClick(next.annotationId);
      return false;
    },
  });

  sections = watchNearSections(
    view.dom,
    (near) => {
      if (!destroyed)
        view.dispatch(
          withSelectionOnScreen(
            showSuggestionSections(showFindSections(showSections(view.state.tr, near), near), near),
          ),
        );
    },
    (far) => {
      if (!destroyed) view.dispatch(withSelectionOnScreen(hideSections(view.state.tr, far)));
    },
  );
  // Hovering one part of an annotation (a fragment, its cue, its source) lights up all its parts, so
  // an annotation in pieces reads as one. One style rule for the hovered id, in a style element of its
  // own (adopted, not a style element, which the page may not keep): a class set on the highlights' elements would be a change ProseMirror did not make, which it
  // undoes by drawing them again.
  const document = mount.ownerDocument;
  const hoverStyle = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, hoverStyle];
  let hoveredId: string | null = null;
  const hover = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest("[data-annotation-id]") : null;
    const id = target?.getAttribute("data-annotation-id") ?? null;
    if (id === hoveredId) return;
    hoveredId = id;
    hoverStyle.replaceSync(
      id
        ? `.article-text .hl[data-annotation-id="${CSS.escape(id)}"] { filter: brightness(0.9) saturate(1.4); }`
        : "",
    );
  };
  view.dom.addEventListener("mouseover", hover);

  // The highlights plugin draws the selected annotation; it learns which one from the selection.
  const drawSelected = () => {
    const id = selection.get();
    afterInput(() => view.dispatch(withSelectionOnScreen(setSelectedHighlight(view.state.tr, id))));
  };
  const stopFollowingSelection = selection.subscribe(drawSelected);
  if (selection.get() !== null) drawSelected();

  return {
    view,
    positions,
    setHighlights(highlights) {
      // The first call, once the reader is mounted, hands over the set the view was created with.
      const first = !mounted;
      mounted = true;
      if (first && highlights === initialHighlights) return;
      afterInput(() => view.dispatch(withSelectionOnScreen(setHighlights(view.state.tr, highlights))));
    },
    setSuggestions(marks, current) {
      afterInput(() =>
        view.dispatch(withSelectionOnScreen(setSuggestionMarks(view.state.tr, marks, current))),
      );
    },
    putHighlight(highlight, options) {
      afterInput(() => {
        const tr = changeHighlight(withSelectionOnScreen(view.state.tr), { put: highlight });
        view.dispatch(options?.clearSelection ? collapse(tr) : tr);
        // In the same task, so in the same frame: e.g. the speaker picker, which must have the focus
        // after the collapsed selection has been put in the text (which takes the focus back).
        options?.afterDrawn?.();
      });
    },
    removeHighlight(id) {
      afterInput(() => view.dispatch(changeHighlight(withSelectionOnScreen(view.state.tr), { remove: id })));
    },
    reveal(range) {
      afterInput(() => {
        const pos = positions.toPos(range.start);
        view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)));
        scrollToMiddle(pos);
      });
    },
    selectRange(range, options) {
      afterInput(() => {
        const from = positions.toPos(range.start);
        const to = positions.toPos(range.end);
        view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)));
        scrollToMiddle(from);
        if (options?.focus) view.focus();
      });
    },
    setFindMatches(matches, current) {
      afterInput(() => view.dispatch(withSelectionOnScreen(setFindMatches(view.state.tr, matches, current))));
    },
    setCurrentMatch(current) {
      afterInput(() => view.dispatch(withSelectionOnScreen(setCurrentMatch(view.state.tr, current))));
    },
    clearSelection() {
      afterInput(() => view.dispatch(collapse(withSelectionOnScreen(view.state.tr))));
    },
    rectsOf(range) {
      const start = view.coordsAtPos(positions.toPos(range.start), 1);
      const end = view.coordsAtPos(positions.toPos(range.end), -1);
      return {
        top: Math.min(start.top, end.top),
        bottom: Math.max(start.bottom, end.bottom),
        left: Math.min(start.left, end.left),
        right: Math.max(start.right, end.right),
      };
    },
    destroy() {
      destroyed = true;
      view.dom.removeEventListener("mouseover", hover);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== hoverStyle);
      stopFollowingSelection();
      afterInput.stop();
      sections?.destroy();
      view.destroy();
    },
  };
}
