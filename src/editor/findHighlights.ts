import type { Node as ProseMirrorNode } from "prosemirror-model";
import { Plugin, PluginKey, type Transaction } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";
import type { Utf16Range } from "../model/text";
import type { PositionMap } from "./positions";

interface FindState {
  /** Every match of the find bar's query, in text order. */
  matches: readonly Utf16Range[];
  /** Index of the current match in `matches`, or null. */
  current: number | null;
  /** The sections (see schema.ts) whose matches are drawn: those that have come near the viewport. */
  shown: ReadonlySet<number>;
  decorations: DecorationSet;
}

type MatchesMeta = { matches: readonly Utf16Range[]; current: number | null };
type FindMeta = MatchesMeta | { current: number | null } | { show: readonly number[] };

export const findKey = new PluginKey<FindState>("find");

/**
 * Draws the matches of find in the article: every match in the sections near the viewport, and the
 * current one wherever it is, apart from the others. As the highlights plugin does, it leaves far
 * sections alone, so that a common word in a 1 MB text costs what the screens in view hold; moving to
 * the next match redraws two matches, not all of them.
 */
export function findPlugin(positions: PositionMap): Plugin<FindState> {
  const decorationOf = (doc: ProseMirrorNode, range: Utf16Range, current: boolean): Decoration | null => {
    const from = positions.toPos(range.start);
    const to = positions.toPos(range.end);
    if (to <= from || to > doc.content.size) return null;
    return Decoration.inline(
      from,
      to,
      { nodeName: "span", class: current ? "find-match find-current" : "find-match" },
      { find: true, current },
    );
  };

  const inShown = (range: Utf16Range, shown: ReadonlySet<number>): boolean => {
    const last = positions.sectionAt(range.end);
    for (let s = positions.sectionAt(range.start); s <= last; s++) if (shown.has(s)) return true;
    return false;
  };

  /** The decoration of match `i` as the state draws it, or null when it is not drawn. */
  const drawn = (state: FindState, doc: ProseMirrorNode, i: number | null): Decoration | null => {
    const range = i === null ? undefined : state.matches[i];
    if (!range) return null;
    const current = i === state.current;
    return current || inShown(range, state.shown) ? decorationOf(doc, range, current) : null;
  };

  const withMatches = (state: FindState, doc: ProseMirrorNode, meta: MatchesMeta) => {
    const next: FindState = { ...state, matches: meta.matches, current: meta.current };
    const decorations: Decoration[] = [];
    next.matches.forEach((_, i) => {
      const decoration = drawn(next, doc, i);
      if (decoration) decorations.push(decoration);
    });
    return { ...next, decorations: DecorationSet.create(doc, decorations) };
  };

  const withCurrent = (state: FindState, doc: ProseMirrorNode, current: number | null): FindState => {
    if (current === state.current) return state;
    const next = { ...state, current };
    let decorations = state.decorations;
    for (const i of [state.current, current]) {
      const range = i === null ? undefined : state.matches[i];
      if (!range) continue;
      const from = positions.toPos(range.start);
      const to = positions.toPos(range.end);
      decorations = decorations.remove(decorations.find(from, to, (spec) => spec.find === true));
      const decoration = drawn(next, doc, i);
      if (decoration) decorations = decorations.add(doc, [decoration]);
    }
    return { ...next, decorations };
  };

  const withShown = (state: FindState, doc: ProseMirrorNode, sections: readonly number[]): FindState => {
    const fresh = new Set(sections.filter((s) => !state.shown.has(s)));
    if (fresh.size === 0) return state;
    const next = { ...state, shown: new Set([...state.shown, ...fresh]) };
    const added: Decoration[] = [];
    state.matches.forEach((range, i) => {
      if (i === state.current || inShown(range, state.shown) || !inShown(range, fresh)) return;
      const decoration = decorationOf(doc, range, false);
      if (decoration) added.push(decoration);
    });
    return { ...next, decorations: added.length > 0 ? state.decorations.add(doc, added) : state.decorations };
  };

  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => ({ matches: [], current: null, shown: new Set([0]), decorations: DecorationSet.empty }),
      apply(tr: Transaction, value: FindState) {
        const meta = tr.getMeta(findKey) as FindMeta | undefined;
        if (!meta) return value;
        if ("matches" in meta) return withMatches(value, tr.doc, meta);
        if ("show" in meta) return withShown(value, tr.doc, meta.show);
        return withCurrent(value, tr.doc, meta.current);
      },
    },
    props: {
      decorations: (state) => findKey.getState(state)?.decorations,
    },
  });
}

/** Draws these matches from now on, `current` apart; an empty list clears them. */
export function setFindMatches(
  tr: Transaction,
  matches: readonly Utf16Range[],
  current: number | null,
): Transaction {
  return tr.setMeta(findKey, { matches, current } satisfies FindMeta);
}

/** Makes another match the current one. */
export function setCurrentMatch(tr: Transaction, current: number | null): Transaction {
  return tr.setMeta(findKey, { current } satisfies FindMeta);
}

/** Draws the matches of these sections (indexes among the document's children) from now on. */
export function showFindSections(tr: Transaction, sections: readonly number[]): Transaction {
  return tr.setMeta(findKey, { show: sections } satisfies FindMeta);
}
