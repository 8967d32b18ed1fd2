import { describe, expect, it } from "vitest";
import { utf16 } from "../model/text";
import { HighlightIndex, type SectionSpan } from "./highlightIndex";
import type { Highlight } from "./highlights";

/** Sections of 100 units of text. */
const span: SectionSpan = (h) => [Math.floor(h.from / 100), Math.floor((h.to - 1) / 100)];

function highlight(id: string, from: number, to: number): Highlight {
  return { id, annotationId: id, part: "content", tag: "quote", from: utf16(from), to: utf16(to) };
}

const ids = (list: readonly Highlight[]) => list.map((h) => h.id).sort();

describe("highlights by section", () => {
  const bulk = HighlightIndex.of([
    highlight("a", 10, 20),
    highlight("b", 150, 160),
    highlight("long", 50, 350),
    highlight("c", 420, 430),
  ]);

  it("finds each highlight that reaches into the sections asked for, once", () => {
    expect(ids(bulk.inSections([1], span))).toEqual(["b", "long"]);
    expect(ids(bulk.inSections([0, 1, 2], span))).toEqual(["a", "b", "long"]);
    expect(ids(bulk.inSections([4], span))).toEqual(["c"]);
    expect(bulk.inSections([7], span)).toEqual([]);
  });

  it("sees highlights put, moved and removed since the bulk was made", () => {
    const changed = bulk
      .with(highlight("new", 120, 130))
      .with(highlight("a", 410, 415))
      .without("b");
    expect(ids(changed.inSections([1], span))).toEqual(["long", "new"]);
    expect(ids(changed.inSections([0], span))).toEqual(["long"]);
    expect(ids(changed.inSections([4], span))).toEqual(["a", "c"]);
    // The index it came from is unchanged.
    expect(ids(bulk.inSections([0, 1], span))).toEqual(["a", "b", "long"]);
  });

  it("agrees with a look at every highlight, over many changes", () => {
    let index = bulk;
    for (let i = 0; i < 200; i++) {
      const from = (i * 37) % 900;
      index =
        i % 5 === 4 ? index.without(`h${i - 3}`) : index.with(highlight(`h${i}`, from, from + (i % 150) + 1));
    }
    const all = [...index.values()];
    for (let s = 0; s < 10; s++) {
      const expected = all.filter((h) => span(h)[0] <= s && s <= span(h)[1]);
      expect(ids(index.inSections([s], span))).toEqual(ids(expected));
    }
  });

  it("takes many changes at once as it takes them one by one", () => {
    for (const count of [3, 40, 500]) {
      const puts = Array.from({ length: count }, (_, i) =>
        highlight(`p${i}`, (i * 13) % 900, ((i * 13) % 900) + 5),
      );
      const removes = ["a", "long", "missing"];
      let oneByOne = bulk.with(highlight("x", 1, 2));
      for (const id of removes) oneByOne = oneByOne.without(id);
      for (const h of puts) oneByOne = oneByOne.with(h);
      const atOnce = bulk.with(highlight("x", 1, 2)).withChanges(puts, removes);
      expect(ids([...atOnce.values()])).toEqual(ids([...oneByOne.values()]));
      for (let s = 0; s < 10; s++)
        expect(ids(atOnce.inSections([s], span))).toEqual(ids(oneByOne.inSections([s], span)));
    }
  });
});
