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
  decorations: DecorationSet;
}

export const suggestionsKey = new PluginKey<SuggestionsState>("suggestions");

/**
 * The one owner of suggestion drawing: ghost highlights (a dashed frame, no fill) that sit inside or
 * around the user's own highlights without hiding them, the one under review drawn stronger. There
 * are a few dozen per article, so the set is simply built again when they change.
 */
export function suggestionsPlugin(positions: PositionMap): Plugin<SuggestionsState> {
  const build = (doc: ProseMirrorNode, marks: readonly SuggestionMark[], current: string | null) => {
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
    return DecorationSet.create(doc, decorations);
  };
  return new Plugin<SuggestionsState>({
    key: suggestionsKey,
    state: {
      init: () => ({ marks: [], current: null, decorations: DecorationSet.empty }),
      apply(tr, value) {
        const meta = tr.getMeta(suggestionsKey) as
          | { marks: readonly SuggestionMark[]; current: string | null }
          | undefined;
        if (!meta) return value;
        if (meta.marks === value.marks && meta.current === value.current) return value;
        return { ...meta, decorations: build(tr.doc, meta.marks, meta.current) };
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
  return tr.setMeta(suggestionsKey, { marks, current });
}
