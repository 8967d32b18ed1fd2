import { EditorState } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import { type Utf16Range, utf16 } from "../model/text";
import { positionMap } from "./positions";
import { articleDocument } from "./schema";
import {
  type SuggestionMark,
  setSuggestionMarks,
  showSuggestionSections,
  suggestionsKey,
  suggestionsPlugin,
} from "./suggestions";

// Six lines in sections of two: lines 1–2 are section 0, 3–4 section 1, 5–6 section 2.
const TEXT = ["Alpha one", "Bravo two", "Charlie three", "Delta four", "Echo five", "Foxtrot six"].join("\n");
const range = (word: string): Utf16Range => ({
  start: utf16(TEXT.indexOf(word)),
  end: utf16(TEXT.indexOf(word) + word.length),
});
const mark = (word: string): SuggestionMark => ({
  key: word,
  content: [range(word)],
  title: "Suggested quote",
});

function start() {
  const { doc, blocks } = articleDocument(TEXT, 2);
  const positions = positionMap(blocks, TEXT.length, 2);
  return EditorState.create({ doc, plugins: [suggestionsPlugin(positions)] });
}

/** The words drawn as suggestions, with their classes. */
function drawn(state: EditorState): string[] {
  return (suggestionsKey.getState(state)?.decorations.find() ?? [])
    .map((d) => {
      const attrs = (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
      return `${state.doc.textBetween(d.from, d.to)}:${attrs.class}`;
    })
    .sort();
}

describe("suggestionsPlugin", () => {
  it("draws only the suggestions of sections near the viewport, and the one under review wherever it is", () => {
    let state = start();
    const marks = [mark("Alpha"), mark("Charlie"), mark("Foxtrot")];
    state = state.apply(showSuggestionSections(state.tr, [0]));
    state = state.apply(setSuggestionMarks(state.tr, marks, "Foxtrot"));
    expect(drawn(state)).toEqual(["Alpha:sg sg-content", "Foxtrot:sg sg-content sg-current"]);
    // A section coming near draws its suggestions, once.
    state = state.apply(showSuggestionSections(state.tr, [1, 0]));
    expect(drawn(state)).toEqual([
      "Alpha:sg sg-content",
      "Charlie:sg sg-content",
      "Foxtrot:sg sg-content sg-current",
    ]);
    // Moving the review on draws the last one as the others.
    state = state.apply(setSuggestionMarks(state.tr, marks, null));
    expect(drawn(state)).toEqual(["Alpha:sg sg-content", "Charlie:sg sg-content"]);
  });
});
