import type { Node as ProseMirrorNode } from "prosemirror-model";
import { type EditorState, Plugin, PluginKey, type Transaction } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";
import type { PartName } from "../model/attribution";
import type { Utf16 } from "../model/text";
import type { Tag } from "../model/types";
import { HighlightIndex, type SectionSpan } from "./highlightIndex";
import type { PositionMap } from "./positions";

/**
 * What the reader draws of one part of an annotation (a fragment of its content, its cue or its
 * source); offsets are UTF-16 units into the article text. The content's first fragment has the
 * annotation's id, so an annotation of one span is one highlight with its own id.
 */
export interface Highlight {
  /** Unique among highlights: the annotation's id for its first fragment, `<id>#<part key>` for the others. */
  id: string;
  annotationId: string;
  part: PartName;
  /** On the first fragment of an annotation drawn in several parts: the ids of the other parts. */
  otherParts?: readonly string[];
  tag: Tag;
  from: Utf16;
  to: Utf16;
  /** Shown on hover, e.g. the speaker's name. */
  title?: string;
  /** Placed by an import in a changed text, and not yet checked by the user. */
  toCheck?: boolean;
  /** Drawn in the colour of this annotator's layer (an index), when several layers are shown together. */
  layer?: number;
}

interface HighlightsState {
  decorations: DecorationSet;
  /** Every highlight, drawn or not. */
  byId: HighlightIndex;
  selectedId: string | null;
  /** The sections (see schema.ts) whose highlights are drawn: those that have come near the viewport. */
  shown: ReadonlySet<number>;
  /** The list last settled to, to tell what the next one changes. */
  settled: readonly Highlight[];
  /** Ids changed ahead of the database since then (put or removed by `change`). */
  ahead: ReadonlySet<string>;
}

type HighlightsMeta =
  | { highlights: readonly Highlight[] }
  | { selectedId: string | null }
  | { change: { put?: Highlight; remove?: string } }
  | { show: readonly number[] }
  | { hide: readonly number[] };

export const highlightsKey = new PluginKey<HighlightsState>("highlights");

/**
 * The one owner of highlight drawing. Each annotation is an inline decoration with its own `span`
 * (nodeName), so overlapping annotations nest as separate elements that each carry their id and tag.
 *
 * Highlights are drawn section by section as the sections come near the viewport (the reader view
 * reports them), so opening a long article with thousands of highlights builds only the ones on the
 * first screens. After that the set changes only by what differs, never rebuilt: on a long article a
 * rebuild costs tens of milliseconds, an add or remove a few.
 */
export function highlightsPlugin(
  positions: PositionMap,
  initial: readonly Highlight[],
  initiallyShown: readonly number[],
): Plugin<HighlightsState> {
  const decorationOf = (doc: ProseMirrorNode, h: Highlight, selected: boolean): Decoration | null => {
    const from = positions.toPos(h.from);
    const to = positions.toPos(h.to);
    if (to <= from || to > doc.content.size) return null;
    // A cue or source is drawn by its part, not its tag: it is not the content the tag names.
    const look = h.part === "content" ? `hl-${h.tag}` : `hl-${h.part}`;
    const attrs: Record<string, string> = {
      nodeName: "span",
      class: `hl ${look}${selected ? " hl-selected" : ""}${h.toCheck ? " hl-to-check" : ""}${h.layer === undefined ? "" : ` hl-layer hl-layer-${h.layer % LAYER_COLOURS}`}`,
      "data-annotation-id": h.annotationId,
      "data-tag": h.tag,
    };
    if (h.part !== "content") attrs["data-part"] = h.part;
    if (h.title) attrs.title = h.title;
    return Decoration.inline(from, to, attrs, { id: h.id, inclusiveStart: false, inclusiveEnd: false });
  };

  const sectionSpan: SectionSpan = (h) => [positions.sectionAt(h.from), positions.sectionAt(h.to)];
  const inShown = (h: Highlight, shown: ReadonlySet<number>): boolean => {
    const last = positions.sectionAt(h.to);
    for (let s = positions.sectionAt(h.from); s <= last; s++) if (shown.has(s)) return true;
    return false;
  };

  const drawnDecoration = (state: HighlightsState, doc: ProseMirrorNode, h: Highlight): Decoration | null =>
    inShown(h, state.shown) ? decorationOf(doc, h, h.annotationId === state.selectedId) : null;

  /** Every drawn part of the annotation `annotationId`. */
  const partsOf = (byId: HighlightIndex, annotationId: string): Highlight[] => {
    const first = byId.get(annotationId);
    if (!first) return [];
    const parts = [first];
    for (const id of first.otherParts ?? []) {
      const part = byId.get(id);
      if (part) parts.push(part);
    }
    return parts;
  };

  const findDecorations = (set: DecorationSet, h: Highlight): Decoration[] =>
    set.find(positions.toPos(h.from), positions.toPos(h.to), (spec) => spec.id === h.id);

  /**
   * Settles to the database's list. A list is mostly the last one: the reader keeps each unchanged
   * highlight's object, and both lists are in text order, so one walk over the two by identity finds
   * what changed. Comparing by id through maps cost 100 ms per write at 100,000 highlights; the walk,
   * about 1. A list that changed much (a filter) is compared whole.
   */
  function sync(state: HighlightsState, doc: ProseMirrorNode, next: readonly Highlight[]): HighlightsState {
    const changed = changedBetween(state.settled, next);
    if (changed === null) return rebuilt(state, doc, next);
    const { added, removed } = changed;
    if (added.length === 0 && removed.length === 0 && state.ahead.size === 0)
      return { ...state, settled: next };
    const addedById = new Map(added.map((h) => [h.id, h]));
    const gone = new Set(removed.map((h) => h.id));
    const puts: Highlight[] = [];
    const removes: string[] = [];
    const removing: Decoration[] = [];
    const adding: Decoration[] = [];
    for (const id of new Set([...gone, ...addedById.keys(), ...state.ahead])) {
      const drawnNow = state.byId.get(id);
      // An id changed ahead and not by the database: the database's is the one in the list, unchanged.
      const now = addedById.get(id) ?? (gone.has(id) ? undefined : next.find((h) => h.id === id));
      if (drawnNow === now) continue;
      if (now) puts.push(now);
      else removes.push(id);
      if (drawnNow && now && sameHighlight(drawnNow, now)) continue;
      if (drawnNow && inShown(drawnNow, state.shown))
        removing.push(...findDecorations(state.decorations, drawnNow));
      const decoration = now ? drawnDecoration(state, doc, now) : null;
      if (decoration) adding.push(decoration);
    }
    const byId = state.byId.withChanges(puts, removes);
    const decorations =
      removing.length === 0 && adding.length === 0
        ? state.decorations
        : state.decorations.remove(removing).add(doc, adding);
    return { ...state, byId, decorations, settled: next, ahead: new Set() };
  }

  function rebuilt(
    state: HighlightsState,
    doc: ProseMirrorNode,
    next: readonly Highlight[],
  ): HighlightsState {
    const byId = HighlightIndex.of(next);
    const removed: Decoration[] = [];
    const added: Decoration[] = [];
    for (const old of state.byId.values()) {
      const now = byId.get(old.id);
      if (now === old) continue;
      if ((!now || !sameHighlight(old, now)) && inShown(old, state.shown))
        removed.push(...findDecorations(state.decorations, old));
    }
    for (const h of byId.values()) {
      const old = state.byId.get(h.id);
      if (old === h) continue;
      if (old && sameHighlight(old, h)) continue;
      const decoration = drawnDecoration(state, doc, h);
      if (decoration) added.push(decoration);
    }
    const settled = { settled: next, ahead: new Set<string>() };
    if (removed.length === 0 && added.length === 0) return { ...state, byId, ...settled };
    return { ...state, byId, decorations: state.decorations.remove(removed).add(doc, added), ...settled };
  }

  // One highlight drawn or removed ahead of the database, so a key press shows at once; the next full
  // sync from the database confirms it or takes it back. Touches that highlight only: a diff of the
  // whole set would cost milliseconds per key press at 10,000 highlights.
  function change(
    state: HighlightsState,
    doc: ProseMirrorNode,
    { put, remove }: { put?: Highlight; remove?: string },
  ): HighlightsState {
    let byId = state.byId;
    let decorations = state.decorations;
    const removedParts = remove === undefined ? [] : partsOf(byId, remove);
    for (const old of [...removedParts, ...(put ? [byId.get(put.id)] : [])]) {
      if (!old || (put && old.id === put.id && sameHighlight(old, put))) continue;
      decorations = decorations.remove(findDecorations(decorations, old));
      byId = byId.without(old.id);
    }
    if (put && !byId.has(put.id)) {
      const decoration = drawnDecoration(state, doc, put);
      if (decoration) decorations = decorations.add(doc, [decoration]);
      byId = byId.with(put);
    }
    const ahead = new Set(state.ahead);
    for (const id of [...removedParts.map((h) => h.id), put?.id]) if (id !== undefined) ahead.add(id);
    return { ...state, byId, decorations, ahead };
  }

  function select(state: HighlightsState, doc: ProseMirrorNode, selectedId: string | null): HighlightsState {
    if (selectedId === state.selectedId) return state;
    const next = { ...state, selectedId };
    let decorations = state.decorations;
    for (const id of [state.selectedId, selectedId]) {
      for (const h of id === null ? [] : partsOf(state.byId, id)) {
        const replacement = drawnDecoration(next, doc, h);
        decorations = decorations.remove(findDecorations(decorations, h));
        if (replacement) decorations = decorations.add(doc, [replacement]);
      }
    }
    return { ...next, decorations };
  }

  function show(state: HighlightsState, doc: ProseMirrorNode, sections: readonly number[]): HighlightsState {
    const fresh = sections.filter((s) => !state.shown.has(s));
    if (fresh.length === 0) return state;
    const newly = new Set(fresh);
    const shown = new Set([...state.shown, ...fresh]);
    const next = { ...state, shown };
    const added: Decoration[] = [];
    for (const h of state.byId.inSections(newly, sectionSpan)) {
      if (inShown(h, state.shown)) continue;
      const decoration = drawnDecoration(next, doc, h);
      if (decoration) added.push(decoration);
    }
    return { ...next, decorations: state.decorations.add(doc, added) };
  }

  // Where each section starts in the document, to find the decorations drawn in it.
  let sectionStarts: number[] | null = null;
  const sectionRange = (doc: ProseMirrorNode, index: number): { from: number; to: number } => {
    if (!sectionStarts) {
      const starts: number[] = [];
      doc.forEach((_node, offset) => {
        starts.push(offset);
      });
      sectionStarts = starts;
    }
    const from = sectionStarts[index] ?? doc.content.size;
    return { from, to: from + (doc.maybeChild(index)?.nodeSize ?? 0) };
  };

  // Sections far from the viewport give their highlights' decorations back (the DOM of a thousand
  // highlights on every screen scrolled past stayed, and the heap grew with it); the highlights
  // themselves stay known, and are drawn again when the section comes near.
  function hide(state: HighlightsState, doc: ProseMirrorNode, sections: readonly number[]): HighlightsState {
    const leaving = sections.filter((s) => state.shown.has(s));
    if (leaving.length === 0) return state;
    const shown = new Set(state.shown);
    for (const s of leaving) shown.delete(s);
    const removed: Decoration[] = [];
    for (const s of leaving) {
      const { from, to } = sectionRange(doc, s);
      for (const decoration of state.decorations.find(from, to)) {
        const h = state.byId.get((decoration.spec as { id: string }).id);
        if (h && !inShown(h, shown)) removed.push(decoration);
      }
    }
    return { ...state, shown, decorations: state.decorations.remove(removed) };
  }

  return new Plugin<HighlightsState>({
    key: highlightsKey,
    state: {
      init(_config, state: EditorState) {
        const byId = HighlightIndex.of(initial);
        const empty: HighlightsState = {
          decorations: DecorationSet.empty,
          byId,
          selectedId: null,
          shown: new Set(),
          settled: initial,
          ahead: new Set(),
        };
        return show(empty, state.doc, initiallyShown);
      },
      apply(tr: Transaction, value: HighlightsState) {
        const meta = tr.getMeta(highlightsKey) as HighlightsMeta | undefined;
        if (!meta) return value;
        if ("highlights" in meta) return sync(value, tr.doc, meta.highlights);
        if ("change" in meta) return change(value, tr.doc, meta.change);
        if ("show" in meta) return show(value, tr.doc, meta.show);
        if ("hide" in meta) return hide(value, tr.doc, meta.hide);
        return select(value, tr.doc, meta.selectedId);
      },
    },
    props: {
      decorations: (state) => highlightsKey.getState(state)?.decorations,
    },
  });
}

/** How many layer colours the style sheet has (hl-layer-0 …); more layers take them again. */
const LAYER_COLOURS = 6;

/** Above this many changes, a list is compared whole (by id) rather than walked. */
const MAX_WALKED_CHANGES = 2_000;

/**
 * What `next` adds to and removes from `last`, both in text order, by identity: a highlight whose
 * object changed is both removed and added. Null when they differ by more than MAX_WALKED_CHANGES.
 * Highlights at one place may come in another order within their place (text order breaks ties by
 * fields a highlight does not have); one then counts as removed and added, which settles the same.
 */
export function changedBetween(
  last: readonly Highlight[],
  next: readonly Highlight[],
): { added: Highlight[]; removed: Highlight[] } | null {
  if (last === next) return { added: [], removed: [] };
  const added: Highlight[] = [];
  const removed: Highlight[] = [];
  let i = 0;
  let j = 0;
  while (i < last.length && j < next.length) {
    const a = last[i] as Highlight;
    const b = next[j] as Highlight;
    if (a === b) {
      i++;
      j++;
      continue;
    }
    const order = a.from - b.from || a.to - b.to;
    if (order <= 0) {
      removed.push(a);
      i++;
    }
    if (order >= 0) {
      added.push(b);
      j++;
    }
    if (added.length + removed.length > MAX_WALKED_CHANGES) return null;
  }
  for (; i < last.length; i++) removed.push(last[i] as Highlight);
  for (; j < next.length; j++) added.push(next[j] as Highlight);
  return added.length + removed.length > MAX_WALKED_CHANGES ? null : { added, removed };
}

function sameHighlight(a: Highlight, b: Highlight): boolean {
  return (
    a.tag === b.tag &&
    a.part === b.part &&
    a.from === b.from &&
    a.to === b.to &&
    a.title === b.title &&
    !a.toCheck === !b.toCheck &&
    a.layer === b.layer
  );
}

export function setHighlights(tr: Transaction, highlights: readonly Highlight[]): Transaction {
  return tr.setMeta(highlightsKey, { highlights } satisfies HighlightsMeta);
}

export function changeHighlight(tr: Transaction, change: { put?: Highlight; remove?: string }): Transaction {
  return tr.setMeta(highlightsKey, { change } satisfies HighlightsMeta);
}

export function setSelectedHighlight(tr: Transaction, selectedId: string | null): Transaction {
  return tr.setMeta(highlightsKey, { selectedId } satisfies HighlightsMeta);
}

/** Draws the highlights of these sections (indexes among the document's children) from now on. */
export function showSections(tr: Transaction, sections: readonly number[]): Transaction {
  return tr.setMeta(highlightsKey, { show: sections } satisfies HighlightsMeta);
}

/** The highlights under a text offset, shortest first: a click picks the innermost, the next click the one around it. */
export function highlightsAt(state: EditorState, offset: Utf16): Highlight[] {
  const value = highlightsKey.getState(state);
  if (!value) return [];
  return [...value.byId.values()]
    .filter((h) => h.from <= offset && offset < h.to)
    .sort((a, b) => a.to - a.from - (b.to - b.from));
}

/** Gives back the decorations of these sections, far from the viewport now, until they are shown again. */
export function hideSections(tr: Transaction, sections: readonly number[]): Transaction {
  return tr.setMeta(highlightsKey, { hide: sections } satisfies HighlightsMeta);
}
