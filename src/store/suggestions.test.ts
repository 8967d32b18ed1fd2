import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { invertStep } from "../model/history";
import { codePoint } from "../model/text";
import type { Annotation } from "../model/types";
import { applyChanges } from "./changes";
import { AnnotatorDatabase } from "./schema";
import { acceptSuggestions, rejectSuggestion } from "./suggestions";

let db: AnnotatorDatabase;
beforeEach(async () => {
  db = new AnnotatorDatabase(`suggestions-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const quote = (id: string): Annotation => ({
  id,
  articleId: "a1",
  tag: "quote",
  start: codePoint(0),
  end: codePoint(5),
  exact: "Hello",
  prefix: "",
  suffix: "",
  cue: { start: codePoint(7), end: codePoint(11), exact: "said" },
  source: { start: codePoint(12), end: codePoint(14), exact: "Jo" },
  kind: "direct",
  speakerId: "jo",
  note: "",
  createdAt: "2026-12-02T00:00:00.000Z",
  updatedAt: "2026-12-02T00:00:00.000Z",
});

describe("accepting and rejecting suggestions", () => {
  it("writes accepted suggestions and the speakers they name in one step, which undo takes back whole", async () => {
    const step = await acceptSuggestions(
      db,
      [quote("q1"), quote("q2")],
      [{ id: "jo", name: "Jo Ruiz", aliases: [] }],
    );
    expect(step?.label).toBe("Accept 2 suggestions");
    expect(await db.annotations.count()).toBe(2);
    expect(await db.speakers.get("jo")).toEqual({ id: "jo", name: "Jo Ruiz", aliases: [] });
    if (!step) throw new Error("no step");
    await applyChanges(db, invertStep(step).changes);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.speakers.count()).toBe(0);
  });

  it("remembers a rejection for its text, undoably", async () => {
    const step = await rejectSuggestion(db, "abc", "0-5;20-30");
    expect(await db.rejectedSuggestions.where("textSha256").equals("abc").toArray()).toEqual([
      { id: "abc 0-5;20-30", textSha256: "abc", key: "0-5;20-30" },
    ]);
    await applyChanges(db, invertStep(step).changes);
    expect(await db.rejectedSuggestions.count()).toBe(0);
  });
});
