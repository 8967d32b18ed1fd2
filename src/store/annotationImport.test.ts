import { utf16Range } from "../model/text";
import "fake-indexeddb/auto";
import { readdirSync, readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spanOf } from "../model/anchor";
import { importedArticle } from "../model/articleImport";
import { buildAnnotationSet } from "../model/format/annotationSet";
import { parseAnnotationSet } from "../model/format/parseAnnotationSet";
import { invertStep } from "../model/history";
import { textOffsets } from "../model/text";
import type { Annotation } from "../model/types";
import { applyImport } from "./annotationImport";
import { createAnnotation } from "./annotations";
import { bundledArticles } from "./bundledArticles";
import { applyChanges } from "./changes";
import { AnnotatorDatabase } from "./schema";
import { createSpeaker } from "./speakers";

let db: AnnotatorDatabase;
let counter = 0;
beforeEach(async () => {
  db = new AnnotatorDatabase(`import-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

// The store reads the bundled articles itself: the annotations go on the first of them.
const [bundled] = bundledArticles;
if (!bundled) throw new Error("no bundled article");
const offsets = textOffsets(bundled.text);
const phrase = "We want to work with you";
const at = bundled.text.indexOf(phrase);
const quote: Annotation = {
  id: "q1",
  articleId: bundled.id,
  tag: "quote",
  ...spanOf(bundled.text, offsets, offsets.toCodePointSpan(utf16Range(at, at + phrase.length))),
  speakerId: "sp",
  note: "",
  createdAt: "2026-11-20T10:00:00.000Z",
  updatedAt: "2026-11-20T10:00:00.000Z",
};

async function dump() {
  return {
    articles: await db.articles.toArray(),
    annotations: await db.annotations.toArray(),
    speakers: await db.speakers.toArray(),
  };
}

describe("importing annotation sets into the store", () => {
  it("exports, deletes everything, imports and exports the same file", async () => {
    await createSpeaker(db, { id: "sp", name: "The Minister", aliases: [] });
    await createAnnotation(db, quote);
    const exportedAt = new Date("2026-11-25T00:00:00.000Z");
    const before = buildAnnotationSet({ ...(await dump()), articles: [bundled], exportedAt });
    const parsed = parseAnnotationSet("all.json", JSON.stringify(before));
    if (!parsed.ok) throw new Error(parsed.error);
    await db.annotations.clear();
    await db.speakers.clear();
    await applyImport(db, parsed.data, "replace", "all.json");
    // The article is bundled, so the store knows it: it is not stored again as an imported copy.
    expect(await db.articles.count()).toBe(0);
    expect(buildAnnotationSet({ ...(await dump()), articles: [bundled], exportedAt })).toEqual(before);
  });

  it("returns the step that undoes it: undone, the library is as before; redone, as after", async () => {
    await createSpeaker(db, { id: "sp", name: "The Minister", aliases: ["Minister"] });
    await createAnnotation(db, { ...quote, id: "kept" });
    await createAnnotation(db, { ...quote, id: "replaced", note: "old" });
    const extra = importedArticle("extra.txt", "Extra", "An extra article, said the minister.");
    const data = buildAnnotationSet({
      articles: [bundled, extra],
      annotations: [{ ...quote, id: "replaced", note: "new", updatedAt: "2026-11-30T00:00:00.000Z" }, quote],
      speakers: [{ id: "other", name: "The Minister", aliases: ["Her Excellency"] }],
      exportedAt: new Date(),
    });
    const before = await dump();
    const { plan, step } = await applyImport(db, data, "replace", "set.json");
    expect(step.kind).toBe("import-annotations");
    expect(plan.summary.annotations).toMatchObject({ added: 1, updated: 1, removed: 1 });
    const after = await dump();
    expect(after).not.toEqual(before);
    await applyChanges(db, invertStep(step).changes);
    expect(await dump()).toEqual(before);
    await applyChanges(db, step.changes);
    expect(await dump()).toEqual(after);
  });

  it("leaves the database exactly as it was for every malformed file", async () => {
    await createSpeaker(db, { id: "sp", name: "The Minister", aliases: [] });
    await createAnnotation(db, quote);
    const before = await dump();
    const dir = new URL("../model/format/fixtures/malformed/", import.meta.url);
    for (const name of readdirSync(dir)) {
      const parsed = parseAnnotationSet(name, new Uint8Array(readFileSync(new URL(name, dir))));
      expect(parsed.ok).toBe(false);
      if (parsed.ok) await applyImport(db, parsed.data, "merge", name);
    }
    expect(await dump()).toEqual(before);
  });

  it("writes all or nothing: a failure inside the transaction leaves no part of the import", async () => {
    const data = buildAnnotationSet({
      articles: [bundled],
      annotations: [quote, { ...quote, id: "q2" }],
      speakers: [{ id: "sp", name: "The Minister", aliases: [] }],
      exportedAt: new Date(),
    });
    const original = db.annotations.bulkPut.bind(db.annotations);
    db.annotations.bulkPut = (() =>
      Promise.reject(new Error("disk full"))) as unknown as typeof db.annotations.bulkPut;
    await expect(applyImport(db, data, "merge", "a.json")).rejects.toThrow("disk full");
    db.annotations.bulkPut = original;
    expect(await dump()).toEqual({ articles: [], annotations: [], speakers: [] });
  });
});
