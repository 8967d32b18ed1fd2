import fc from "fast-check";
import { EditorState } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import { type Utf16, utf16 } from "../model/text";
import {
  changedBetween,
  changeHighlight,
  type Highlight,
  hideSections,
  highlightsAt,
  highlightsKey,
  highlightsPlugin,
  setHighlights,
  setSelectedHighlight,
  showSections,
} from "./highlights";
import { positionMap } from "./positions";
import { articleDocument } from "./schema";

// Six lines in sections of two: lines 1–2 are section 0, 3–4 section 1, 5–6 section 2.
const TEXT = ["Alpha one", "Bravo two", "Charlie three", "Delta four", "Echo five", "Foxtrot six"].join("\n");
const at = (word: string): Utf16 => utf16(TEXT.indexOf(word));
const highlight = (id: string, word: string, tag: Highlight["tag"] = "quote"): Highlight => ({
  id,
  annotationId: id,
  part: "content",
  tag,
  from: at(word),
  to: utf16(at(word) + word.length),
});

/** A claim from section 0 into section 1: "two" at the end of line 2 through "Charlie" on line 3. */
function acrossSections(): Highlight {
  return {
    id: "x",
    annotationId: "x",
    part: "content",
    tag: "claim",
    from: at("two"),
    to: utf16(at("Charlie") + 7),
  };
}

function start(initial: Highlight[], shown: number[]) {
  const { doc, blocks } = articleDocument(TEXT, 2);
  const positions = positionMap(blocks, TEXT.length, 2);
  const state = EditorState.create({ doc, plugins: [highlightsPlugin(positions, initial, shown)] });
  return { state, positions };
}

/** What is drawn: the id, the text under it and the class of every decoration, in text order. */
function drawn(state: EditorState): string[] {
  const value = highlightsKey.getState(state);
  return (value?.decorations.find() ?? [])
    .map((d) => {
      // An inline decoration keeps its attributes on its type, which ProseMirror does not type publicly.
      const attrs = (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
      return `${attrs["data-annotation-id"]}:${state.doc.textBetween(d.from, d.to)}:${attrs.class}`;
    })
    .sort();
}

describe("the highlights plugin", () => {
  it("draws only the sections shown, and a section's highlights once it is shown", () => {
    const { state } = start([highlight("a", "Alpha"), highlight("e", "Echo", "claim")], [0]);
    expect(drawn(state)).toEqual(["a:Alpha:hl hl-quote"]);
    const later = state.apply(showSections(state.tr, [2]));
    expect(drawn(later)).toEqual(["a:Alpha:hl hl-quote", "e:Echo:hl hl-claim"]);
    // Showing a section again adds nothing twice.
    expect(drawn(later.apply(showSections(later.tr, [2, 0])))).toEqual(drawn(later));
  });

  it("keeps a highlight put in a hidden section and draws it when the section is shown", () => {
    const { state } = start([], [0]);
    const put = state.apply(changeHighlight(state.tr, { put: highlight("d", "Delta") }));
    expect(drawn(put)).toEqual([]);
    expect(highlightsAt(put, at("Delta")).map((h) => h.id)).toEqual(["d"]);
    const shown = put.apply(showSections(put.tr, [1]));
    expect(drawn(shown)).toEqual(["d:Delta:hl hl-quote"]);
  });

  it("redraws a retagged highlight, removes a deleted one, and marks the selected one", () => {
    const { state } = start([highlight("a", "Alpha"), highlight("b", "Bravo")], [0]);
    const retagged = state.apply(changeHighlight(state.tr, { put: highlight("a", "Alpha", "statistic") }));
    expect(drawn(retagged)).toEqual(["a:Alpha:hl hl-statistic", "b:Bravo:hl hl-quote"]);
    const removed = retagged.apply(changeHighlight(retagged.tr, { remove: "b" }));
    expect(drawn(removed)).toEqual(["a:Alpha:hl hl-statistic"]);
    const selected = removed.apply(setSelectedHighlight(removed.tr, "a"));
    expect(drawn(selected)).toEqual(["a:Alpha:hl hl-statistic hl-selected"]);
  });

  it("settles to the database's set: adds, changes and removes only what differs", () => {
    const { state } = start([highlight("a", "Alpha"), highlight("b", "Bravo")], [0, 1]);
    const next = [highlight("b", "Bravo", "speaker"), highlight("c", "Charlie")];
    const synced = state.apply(setHighlights(state.tr, next));
    expect(drawn(synced)).toEqual(["b:Bravo:hl hl-speaker", "c:Charlie:hl hl-quote"]);
    const before = highlightsKey.getState(synced)?.decorations;
    const again = synced.apply(setHighlights(synced.tr, next));
    expect(highlightsKey.getState(again)?.decorations).toBe(before);
  });

  it("releases the highlights of sections that went far away, and draws them again when they come back", () => {
    const across = acrossSections();
    const { state } = start(
      [highlight("a", "Alpha"), across, highlight("d", "Delta"), highlight("e", "Echo")],
      [0, 1, 2],
    );
    expect(drawn(state)).toHaveLength(4);
    const hidden = state.apply(hideSections(state.tr, [1, 2]));
    // "x" crosses into section 0, which is still shown; "d" and "e" are released.
    expect(drawn(hidden)).toEqual(["a:Alpha:hl hl-quote", "x:twoCharlie:hl hl-claim"]);
    // Hidden highlights are still known: a click finds them, and they come back when shown again.
    expect(highlightsAt(hidden, at("Delta")).map((h) => h.id)).toEqual(["d"]);
    const back = hidden.apply(showSections(hidden.tr, [2]));
    expect(drawn(back)).toContain("e:Echo:hl hl-quote");
    expect(drawn(back)).not.toContain("d:Delta:hl hl-quote");
    // A highlight put while its section is hidden is drawn once it is shown.
    const put = hidden.apply(changeHighlight(hidden.tr, { put: highlight("d2", "four") }));
    expect(drawn(put)).not.toContain("d2:four:hl hl-quote");
    expect(drawn(put.apply(showSections(put.tr, [1])))).toContain("d2:four:hl hl-quote");
  });

  it("draws a highlight across a section edge when either of its sections is shown", () => {
    const across = acrossSections();
    const { state } = start([across], [1]);
    expect(drawn(state)).toEqual(["x:twoCharlie:hl hl-claim"]);
  });
});

describe("the highlights plugin's state", () => {
  it("is a value: a later change leaves an earlier editor state as it was", () => {
    const { state } = start([highlight("a", "Alpha"), highlight("b", "Bravo")], [0]);
    const put = state.apply(changeHighlight(state.tr, { put: highlight("c", "Charlie") }));
    const removed = put.apply(changeHighlight(put.tr, { remove: "a" }));
    expect(highlightsAt(state, at("Charlie")).map((h) => h.id)).toEqual([]);
    expect(highlightsAt(state, at("Alpha")).map((h) => h.id)).toEqual(["a"]);
    expect(highlightsAt(put, at("Charlie")).map((h) => h.id)).toEqual(["c"]);
    expect(highlightsAt(put, at("Alpha")).map((h) => h.id)).toEqual(["a"]);
    expect(highlightsAt(removed, at("Alpha")).map((h) => h.id)).toEqual([]);
    // Settling an earlier state to the database's set starts from that state's own highlights.
    const settled = state.apply(setHighlights(state.tr, [highlight("b", "Bravo")]));
    expect(drawn(settled)).toEqual(["b:Bravo:hl hl-quote"]);
  });

  it("stays a value through many changes, each seen as of its own state", () => {
    const { state } = start([], [0, 1, 2]);
    const words = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"];
    const states = [state];
    for (let i = 0; i < 300; i++) {
      const last = states[states.length - 1] as EditorState;
      const word = words[i % words.length] as string;
      const change = i % 3 === 2 ? { remove: `h${i - 1}` } : { put: highlight(`h${i}`, word) };
      states.push(last.apply(changeHighlight(last.tr, change)));
    }
    // Replaying the same changes on plain sets gives each state's highlights.
    const expected = new Set<string>();
    states.forEach((s, i) => {
      if (i > 0) {
        const n = i - 1;
        if (n % 3 === 2) expected.delete(`h${n - 1}`);
        else expected.add(`h${n}`);
      }
      const ids = new Set(words.flatMap((w) => highlightsAt(s, at(w)).map((h) => h.id)));
      expect(ids).toEqual(expected);
    });
  });
});

describe("settling to the database's list", () => {
  const WORDS = ["Alpha", "one", "Bravo", "two", "Charlie", "three", "Delta", "four", "Echo", "five"];
  const TAGS: Highlight["tag"][] = ["quote", "claim", "statistic", "speaker"];
  const byPlace = (a: Highlight, b: Highlight) => a.from - b.from || a.to - b.to || (a.id < b.id ? -1 : 1);

  it("draws what a fresh start on the same list draws, after any writes, ahead or not, and refusals", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom("put", "remove", "ahead-put", "ahead-remove", "refused", "filter"),
            id: fc.integer({ min: 0, max: 12 }),
            word: fc.integer({ min: 0, max: WORDS.length - 1 }),
            tag: fc.integer({ min: 0, max: TAGS.length - 1 }),
          }),
          { maxLength: 40 },
        ),
        (steps) => {
          // The database's rows as the reader holds them: an unchanged row keeps its object.
          let stored: Highlight[] = [];
          let { state } = start([], [0, 1]);
          for (const { kind, id, word, tag } of steps) {
            const h = highlight(`h${id}`, WORDS[word] as string, TAGS[tag]);
            if (kind === "ahead-put" || kind === "refused")
              state = state.apply(changeHighlight(state.tr, { put: h }));
            if (kind === "ahead-remove") state = state.apply(changeHighlight(state.tr, { remove: `h${id}` }));
            if (kind === "put" || kind === "ahead-put") stored = [...stored.filter((s) => s.id !== h.id), h];
            if (kind === "remove" || kind === "ahead-remove") stored = stored.filter((s) => s.id !== h.id);
            stored.sort(byPlace);
            // A filter shows only some; anything else shows all, and a refused write settles to the same list.
            const list = kind === "filter" ? stored.filter((s) => s.tag === TAGS[tag]) : stored;
            state = state.apply(setHighlights(state.tr, list));
            expect(drawn(state)).toEqual(drawn(start(list, [0, 1]).state));
            const known = new Set(WORDS.flatMap((w) => highlightsAt(state, at(w)).map((x) => x.id)));
            expect(known).toEqual(new Set(list.map((x) => x.id)));
          }
        },
      ),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it("finds what changed by walking the two lists, and gives up on a list that changed much", () => {
    const a = highlight("a", "Alpha");
    const b = highlight("b", "Bravo");
    const b2 = highlight("b", "Bravo", "claim");
    const c = highlight("c", "Charlie");
    expect(changedBetween([a, b, c], [a, b2, c])).toEqual({ added: [b2], removed: [b] });
    expect(changedBetween([a, c], [a, b, c])).toEqual({ added: [b], removed: [] });
    expect(changedBetween([a, b, c], [b, c])).toEqual({ added: [], removed: [a] });
    const many = Array.from({ length: 3_000 }, (_, i) => ({ ...a, id: `m${i}` }));
    expect(changedBetween([], many)).toBeNull();
  });
});
