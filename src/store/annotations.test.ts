import { codePoint } from "../model/text";
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { invertStep } from "../model/history";
import type { Annotation } from "../model/types";
import { annotationsOfArticle, createAnnotation, deleteAnnotations, updateAnnotation } from "./annotations";
import { applyChanges } from "./changes";
import { AnnotatorDatabase, CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from "./schema";

let db: AnnotatorDatabase;
let counter = 0;

beforeEach(async () => {
  db = new AnnotatorDatabase(`test-${++counter}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

function annotation(overrides: Partial<Annotation> = {}): Annotation {
  return {
    id: `a-${Math.random().toString(36).slice(2)}`,
    articleId: "000_cccd83b6053d3462",
    tag: "quote",
    start: codePoint(10),
    end: codePoint(20),
    exact: "Kamala Har",
    prefix: "WASHINGTON — Vice President ",
    suffix: "ris told",
    speakerId: null,
    note: "",
    createdAt: "2026-11-25T10:00:00.000Z",
    updatedAt: "2026-11-25T10:00:00.000Z",
    ...overrides,
  };
}

describe("annotation store", () => {
  it("creates an annotation and undoes the creation", async () => {
    const a = annotation();
    const step = await createAnnotation(db, a);
    expect(await db.annotations.get(a.id)).toEqual(a);
    expect(step.label).toBe("Create quote");

    await applyChanges(db, invertStep(step).changes);
    expect(await db.annotations.get(a.id)).toBeUndefined();

    await applyChanges(db, step.changes);
    expect(await db.annotations.get(a.id)).toEqual(a);
  });

  it("retags and edits the note with a fresh updatedAt, and undo restores the old values", async () => {
    const a = annotation();
    await createAnnotation(db, a);
    const retag = await updateAnnotation(db, a.id, { tag: "claim" }, new Date("2026-11-25T11:00:00.000Z"));
    const note = await updateAnnotation(
      db,
      a.id,
      { note: "check this" },
      new Date("2026-11-25T12:00:00.000Z"),
    );
    expect(await db.annotations.get(a.id)).toMatchObject({
      tag: "claim",
      note: "check this",
      updatedAt: "2026-11-25T12:00:00.000Z",
    });
    if (!retag || !note) throw new Error("updates of an existing annotation return steps");

    await applyChanges(db, invertStep(note).changes);
    expect(await db.annotations.get(a.id)).toMatchObject({ tag: "claim", note: "" });
    await applyChanges(db, invertStep(retag).changes);
    expect(await db.annotations.get(a.id)).toEqual(a);
  });

  it("returns no step when updating or deleting an annotation that does not exist", async () => {
    expect(await updateAnnotation(db, "missing", { tag: "claim" })).toBeNull();
    expect(await deleteAnnotations(db, ["missing"])).toBeNull();
  });

  it("deletes annotations and brings them back on undo", async () => {
    const a = annotation({ start: codePoint(5) });
    const b = annotation({ start: codePoint(1) });
    await createAnnotation(db, a);
    await createAnnotation(db, b);
    const step = await deleteAnnotations(db, [a.id, b.id]);
    expect(step?.label).toBe("Delete 2 annotations");
    expect(await db.annotations.count()).toBe(0);
    if (!step) throw new Error("deleting existing annotations returns a step");
    await applyChanges(db, invertStep(step).changes);
    expect(await db.annotations.get(a.id)).toEqual(a);
    expect(await db.annotations.get(b.id)).toEqual(b);
  });

  it("names a speaker span a speaker mention in its steps, so deleting one never reads as deleting the person", async () => {
    const a = annotation({ tag: "speaker", exact: "Kamala Harris" });
    expect((await createAnnotation(db, a)).label).toBe("Create speaker mention");
    const q = annotation();
    await createAnnotation(db, q);
    expect((await updateAnnotation(db, q.id, { tag: "speaker" }))?.label).toBe(
      "Change tag to speaker mention",
    );
    expect((await deleteAnnotations(db, [a.id]))?.label).toBe("Delete speaker mention");
  });

  it("does not let undo overwrite a change made since (for example in another tab)", async () => {
    const a = annotation();
    await createAnnotation(db, a);
    const retag = await updateAnnotation(db, a.id, { tag: "claim" }, new Date("2026-11-25T11:00:00.000Z"));
    // Another tab edits the note afterwards.
    await updateAnnotation(db, a.id, { note: "theirs" }, new Date("2026-11-25T12:00:00.000Z"));
    if (!retag) throw new Error("retag returns a step");
    const applied = await applyChanges(db, invertStep(retag).changes);
    expect(applied).toEqual([]);
    expect(await db.annotations.get(a.id)).toMatchObject({ tag: "claim", note: "theirs" });
  });

  it("lists the annotations of one article only, in text order", async () => {
    await createAnnotation(db, annotation({ id: "late", start: codePoint(300), end: codePoint(310) }));
    await createAnnotation(db, annotation({ id: "early", start: codePoint(3), end: codePoint(9) }));
    await createAnnotation(db, annotation({ id: "other", articleId: "001_460e1fe8a5442074" }));
    const rows = await annotationsOfArticle(db, "000_cccd83b6053d3462");
    expect(rows.map((r) => r.id)).toEqual(["early", "late"]);
  });
});

describe("database schema", () => {
  it("opens at the newest version of the schema history, with the tables and indexes of the data model", async () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(8);
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      "annotations",
      "articleSummaries",
      "articles",
      "curations",
      "meta",
      "rejectedSuggestions",
      "searchIndex",
      "speakers",
    ]);
    const indexes = db.annotations.schema.indexes.map((i) => i.name).sort();
    expect(indexes).toEqual([
      "[articleId+annotator]",
      "[articleId+start]",
      "[articleId+tag]",
      "[speakerId+articleId]",
      "speakerId",
      "updatedAt",
    ]);
  });

  it("keeps the data of a database written by an earlier page load", async () => {
    const a = annotation();
    await createAnnotation(db, a);
    db.close();
    const reopened = new AnnotatorDatabase(db.name);
    await reopened.open();
    expect(await reopened.annotations.get(a.id)).toEqual(a);
    reopened.close();
    await db.open();
  });
});
