import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emptyHistory, type History, recordStep } from "../model/history";
import { codePoint } from "../model/text";
import type { Annotation } from "../model/types";
import { createAnnotation, deleteAnnotations, updateAnnotation } from "./annotations";
import { replayStep, type StoreStep } from "./changes";
import { AnnotatorDatabase } from "./schema";

let db: AnnotatorDatabase;
let counter = 0;
beforeEach(async () => {
  db = new AnnotatorDatabase(`changes-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const row = (id: string): Annotation => ({
  id,
  articleId: "000_cccd83b6053d3462",
  tag: "quote",
  start: codePoint(10),
  end: codePoint(20),
  exact: "Kamala Har",
  prefix: "",
  suffix: "",
  speakerId: null,
  note: "",
  createdAt: "2026-11-25T10:00:00.000Z",
  updatedAt: "2026-11-25T10:00:00.000Z",
});

async function record(history: History<StoreStep>, write: Promise<StoreStep | null>) {
  const step = await write;
  if (!step) throw new Error("the write returns a step");
  return recordStep(history, step);
}

describe("undo and redo against another tab's changes", () => {
  it("undoes and redoes a step no other tab touched", async () => {
    const history = await record(emptyHistory(), createAnnotation(db, row("a")));
    const undone = await replayStep(db, history, "undo");
    expect(undone?.replayed.outcome).toBe("done");
    expect(await db.annotations.get("a")).toBeUndefined();
    const redone = undone && (await replayStep(db, undone.history, "redo"));
    expect(redone?.replayed.outcome).toBe("done");
    expect(await db.annotations.get("a")).toEqual(row("a"));
    expect(redone?.history.undo).toHaveLength(1);
  });

  it("never brings back with redo what another tab deleted, and says nothing was undone", async () => {
    const history = await record(emptyHistory(), createAnnotation(db, row("a")));
    // Another tab deletes the new annotation.
    await db.annotations.delete("a");
    const undone = await replayStep(db, history, "undo");
    expect(undone?.replayed.outcome).toBe("changed elsewhere");
    expect(undone?.history).toEqual({ undo: [], redo: [] });
    expect(undone && (await replayStep(db, undone.history, "redo"))).toBeNull();
    expect(await db.annotations.get("a")).toBeUndefined();
  });

  it("does not redo over a change another tab made after the undo", async () => {
    let history = await record(emptyHistory(), createAnnotation(db, row("a")));
    history = await record(history, deleteAnnotations(db, ["a"]));
    const undone = await replayStep(db, history, "undo");
    expect(await db.annotations.get("a")).toEqual(row("a"));
    // Another tab edits the restored annotation; redoing the delete would throw its note away.
    await updateAnnotation(db, "a", { note: "theirs" });
    const redone = undone && (await replayStep(db, undone.history, "redo"));
    expect(redone?.replayed.outcome).toBe("changed elsewhere");
    expect(await db.annotations.get("a")).toMatchObject({ note: "theirs" });
  });

  it("undoes the part of a step no other tab changed, and keeps only that part to redo", async () => {
    let history = await record(emptyHistory(), createAnnotation(db, row("a")));
    history = await record(history, createAnnotation(db, row("b")));
    history = await record(history, deleteAnnotations(db, ["a", "b"]));
    // Another tab restores "b" with a note of its own.
    await db.annotations.put({ ...row("b"), note: "theirs" });
    const undone = await replayStep(db, history, "undo");
    expect(undone?.replayed).toMatchObject({ outcome: "partly", kept: 1 });
    expect(await db.annotations.get("a")).toEqual(row("a"));
    expect(await db.annotations.get("b")).toMatchObject({ note: "theirs" });
    expect(undone?.history.redo.at(-1)?.changes.map((c) => c.id)).toEqual(["a"]);
    const redone = undone && (await replayStep(db, undone.history, "redo"));
    expect(redone?.replayed.outcome).toBe("done");
    expect(await db.annotations.get("a")).toBeUndefined();
    expect(await db.annotations.get("b")).toMatchObject({ note: "theirs" });
  });
});
