import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { invertStep } from "../model/history";
import { testAnnotation } from "../model/testing/annotations";
import { applyChanges } from "./changes";
import { annotatorsByArticle, curatedArticles, putInGold, setCurated } from "./curation";
import { AnnotatorDatabase } from "./schema";

const annotation = (id: string, articleId: string, annotator?: string) =>
  testAnnotation(id, 0, 1, { articleId, ...(annotator ? { annotator } : {}) });

let db: AnnotatorDatabase;
beforeEach(async () => {
  db = new AnnotatorDatabase(`curation-${Math.random()}`);
  await db.open();
});
afterEach(() => db.delete());

describe("curation in the store", () => {
  it("puts versions into gold in place of what was there, undone as one step", async () => {
    const old = annotation("g-old", "a", "gold");
    await db.annotations.bulkAdd([annotation("t1", "a", "tom"), old]);
    const copy = { ...annotation("g-new", "a", "gold") };
    const step = await putInGold(db, [old], [copy], "Use Tom’s version");
    expect((await db.annotations.toArray()).map((a) => a.id).sort()).toEqual(["g-new", "t1"]);
    if (!step) throw new Error("no step");
    await applyChanges(db, invertStep(step).changes);
    expect((await db.annotations.toArray()).map((a) => a.id).sort()).toEqual(["g-old", "t1"]);
  });

  it("marks an article curated and not, and lists each article's named layers from the index", async () => {
    await setCurated(db, "a", true, "2026-12-02T00:00:00.000Z");
    expect(await curatedArticles(db)).toEqual(new Set(["a"]));
    expect(await setCurated(db, "a", true, "2026-12-02T00:00:00.000Z")).toBeNull();
    await setCurated(db, "a", false, "2026-12-02T00:00:00.000Z");
    expect(await curatedArticles(db)).toEqual(new Set());
    await db.annotations.bulkAdd([
      annotation("1", "a", "tom"),
      annotation("2", "a", "ana"),
      annotation("3", "a"),
      annotation("4", "b", "tom"),
    ]);
    expect(await annotatorsByArticle(db)).toEqual(
      new Map([
        [
          "a",
          new Map([
            ["ana", 1],
            ["tom", 1],
          ]),
        ],
        ["b", new Map([["tom", 1]])],
      ]),
    );
  });
});
