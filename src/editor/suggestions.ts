import type { Node as ProseMirrorNode } from "prosemirror-model";
import { Plugin, PluginKey, type Transaction } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";
import type { Utf16Range } from "../model/text";
import type { PositionMap } from "./positions";

/** What the reader draws of one suggestion: its content's fragments, its cue and source (UTF-16). */
export interface SuggestionMark {
  key: string;
  content: readonly Utf16Range[];
  cue?: Utf16Range | undefined;
  source?: Utf16Range | undefined;
  /** Shown on hover: "Suggested quote, said by …". */
  title: string;
}

interface SuggestionsState {
  marks: readonly SuggestionMark[];
  current: string | null;
  /** The sections (see schema.ts) whose suggestions are drawn: those that have come near the viewport. */
  shown: ReadonlySet<number>;
  decorations: DecorationSet;
}

type SuggestionsMeta =
  | { marks: readonly SuggestionMark[]; current: string | null }
  | { show: readonly number[] };

export const suggestionsKey = new PluginKey<SuggestionsState>("suggestions");

/**
 * The one owner of suggestion drawing: ghost highlights (a dashed frame, no fill) that sit inside or
 * around the user's own highlights without hiding them, the one under review drawn stronger. Like the
 * highlights, they are drawn only in the sections near the viewport (and the one under review
 * wherever it is): a 1 MB article has thousands, and drawing them all at once stopped the page for
 * over 100 ms. The set near the viewport is small, so it is simply built again when they change.
 */
export function suggestionsPlugin(positions: PositionMap): Plugin<SuggestionsState> {
  const touches = (mark: SuggestionMark, sections: ReadonlySet<number>) => {
    for (const range of [...mark.content, mark.cue, mark.source]) {
      if (!range) continue;
      const last = positions.sectionAt(range.end);
      for (let s = positions.sectionAt(range.start); s <= last; s++) if (sections.has(s)) return true;
    }
    return false;
  };
  const decorationsOf = (
    doc: ProseMirrorNode,
    marks: Iterable<SuggestionMark>,
    current: string | null,
  ): Decoration[] => {
    const decorations: Decoration[] = [];
    const add = (range: Utf16Range, part: string, mark: SuggestionMark) => {
      const from = positions.toPos(range.start);
      const to = positions.toPos(range.end);
      if (to <= from || to > doc.content.size) return;
      decorations.push(
        Decoration.inline(from, to, {
          nodeName: "span",
          class: `sg sg-${part}${mark.key === current ? " sg-current" : ""}`,
          "data-suggestion-key": mark.key,
          title: mark.title,
        }),
      );
    };
    for (const mark of marks) {
      for (const range of mark.content) add(range, "content", mark);
      if (mark.cue) add(mark.cue, "cue", mark);
      if (mark.source) add(mark.source, "source", mark);
    }
    return decorations;
  };
  const build = (doc: ProseMirrorNode, state: Omit<SuggestionsState, "decorations">): DecorationSet => {
    const drawn = state.marks.filter((m) => m.key === state.current || touches(m, state.shown));
    return DecorationSet.create(doc, decorationsOf(doc, drawn, state.current));
  };
  return new Plugin<SuggestionsState>({
    key: suggestionsKey,
    state: {
      init: () => ({ marks: [], current: null, shown: new Set(), decorations: DecorationSet.empty }),
      apply(tr, value) {
        const meta = tr.getMeta(suggestionsKey) as SuggestionsMeta | undefined;
        if (!meta) return value;
        if ("show" in meta) {
          const fresh = new Set(meta.show.filter((s) => !value.shown.has(s)));
          if (fresh.size === 0) return value;
          const shown = new Set([...value.shown, ...fresh]);
          const added = value.marks.filter(
            (m) => m.key !== value.current && touches(m, fresh) && !touches(m, value.shown),
          );
          return {
            ...value,
            shown,
            decorations: value.decorations.add(tr.doc, decorationsOf(tr.doc, added, value.current)),
          };
        }
        if (meta.marks === value.marks && meta.current === value.current) return value;
        const next = { ...value, marks: meta.marks, current: meta.current };
        return { ...next, decorations: build(tr.doc, next) };
      },
    },
    props: { decorations: (state) => suggestionsKey.getState(state)?.decorations },
  });
}

export function setSuggestionMarks(
  tr: Transaction,
  marks: readonly SuggestionMark[],
  current: string | null,
): Transaction {
  return tr.setMeta(suggestionsKey, { marks, current } satisfies SuggestionsMeta);
}

/** Draws the suggestions of these sections (indexes among the document's children) from now on. */
export function showSuggestionSections(tr: Transaction, sections: readonly number[]): Transaction {
  return tr.setMeta(suggestionsKey, { show: sections } satisfies SuggestionsMeta);
}
