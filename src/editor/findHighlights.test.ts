import { EditorState } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import { type Utf16Range, utf16Range } from "../model/text";
import { findKey, findPlugin, setCurrentMatch, setFindMatches, showFindSections } from "./findHighlights";
import { positionMap } from "./positions";
import { articleDocument } from "./schema";

// Six lines in sections of two: lines 1–2 are section 0, 3–4 section 1, 5–6 section 2.
const TEXT = ["Alpha one", "Bravo one", "Charlie one", "Delta one", "Echo one", "Foxtrot one"].join("\n");
/** Every "one" of the text. */
const ONES: Utf16Range[] = [...TEXT.matchAll(/one/g)].map((m) => utf16Range(m.index, m.index + 3));

function start() {
  const { doc, blocks } = articleDocument(TEXT, 2);
  const positions = positionMap(blocks, TEXT.length, 2);
  return EditorState.create({ doc, plugins: [findPlugin(positions)] });
}

/** What is drawn: the line of each match and its class, in text order. */
function drawn(state: EditorState): string[] {
  const value = findKey.getState(state);
  return (value?.decorations.find() ?? [])
    .sort((a, b) => a.from - b.from)
    .map((d) => {
      const attrs = (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
      return `${state.doc.resolve(d.from).parent.textContent}:${attrs.class}`;
    });
}

describe("the find plugin", () => {
  it("draws the matches of the sections shown, and the current one wherever it is", () => {
    const state = start();
    const found = state.apply(setFindMatches(state.tr, ONES, 4));
    expect(drawn(found)).toEqual([
      "Alpha one:find-match",
      "Bravo one:find-match",
      "Echo one:find-match find-current",
    ]);
    const shown = found.apply(showFindSections(found.tr, [1]));
    expect(drawn(shown)).toEqual([
      "Alpha one:find-match",
      "Bravo one:find-match",
      "Charlie one:find-match",
      "Delta one:find-match",
      "Echo one:find-match find-current",
    ]);
  });

  it("moves the current match, drawing the one it leaves as the others are", () => {
    const state = start();
    const found = state.apply(setFindMatches(state.tr, ONES, 0));
    const moved = found.apply(setCurrentMatch(found.tr, 5));
    expect(drawn(moved)).toEqual([
      "Alpha one:find-match",
      "Bravo one:find-match",
      "Foxtrot one:find-match find-current",
    ]);
    // Leaving a match in a section not shown takes it away.
    const back = moved.apply(setCurrentMatch(moved.tr, 1));
    expect(drawn(back)).toEqual(["Alpha one:find-match", "Bravo one:find-match find-current"]);
  });

  it("clears every match for an empty list", () => {
    const state = start();
    const found = state.apply(setFindMatches(state.tr, ONES, 0));
    expect(drawn(found.apply(setFindMatches(found.tr, [], null)))).toEqual([]);
  });
});
