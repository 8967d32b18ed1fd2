import { codePoint } from "../model/text";
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { invertStep } from "../model/history";
import type { Annotation, Speaker } from "../model/types";
import { createAnnotation } from "./annotations";
import { applyChanges } from "./changes";
import { AnnotatorDatabase } from "./schema";
import { createSpeaker, deleteSpeaker, mergeSpeakers, updateSpeaker } from "./speakers";

let db: AnnotatorDatabase;
let counter = 0;
beforeEach(async () => {
  db = new AnnotatorDatabase(`speakers-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const harris: Speaker = { id: "kh", name: "Kamala Harris", aliases: ["Vice President Kamala Harris"] };
const vp: Speaker = { id: "vp", name: "Harris", aliases: ["the vice president"] };

function quote(id: string, speakerId: string | null): Annotation {
  return {
    id,
    articleId: "000_cccd83b6053d3462",
    tag: "quote",
    start: codePoint(1),
    end: codePoint(5),
    exact: "ASHI",
    prefix: "W",
    suffix: "NGTON",
    speakerId,
    note: "",
    createdAt: "2026-11-25T10:00:00.000Z",
    updatedAt: "2026-11-25T10:00:00.000Z",
  };
}

describe("speaker store", () => {
  it("merges two speakers: references move, aliases join, the loser goes, and undo restores all", async () => {
    await createSpeaker(db, harris);
    await createSpeaker(db, vp);
    await createAnnotation(db, quote("q1", "vp"));
    await createAnnotation(db, quote("q2", "kh"));
    await createAnnotation(db, quote("q3", null));

    const step = await mergeSpeakers(db, "kh", "vp");
    expect(await db.speakers.toArray()).toEqual([
      {
        id: "kh",
        name: "Kamala Harris",
        aliases: ["Vice President Kamala Harris", "Harris", "the vice president"],
      },
    ]);
    const speakerOf = async (id: string) => (await db.annotations.get(id))?.speakerId;
    expect([await speakerOf("q1"), await speakerOf("q2"), await speakerOf("q3")]).toEqual(["kh", "kh", null]);

    if (!step) throw new Error("a merge returns a step");
    await applyChanges(db, invertStep(step).changes);
    expect((await db.speakers.toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual([harris, vp]);
    expect(await db.annotations.get("q1")).toEqual(quote("q1", "vp"));
  });

  it("deletes a speaker and keeps its annotations without attribution", async () => {
    await createSpeaker(db, harris);
    await createAnnotation(db, quote("q1", "kh"));
    const step = await deleteSpeaker(db, "kh");
    expect(await db.speakers.count()).toBe(0);
    expect((await db.annotations.get("q1"))?.speakerId).toBeNull();
    if (!step) throw new Error("a delete returns a step");
    await applyChanges(db, invertStep(step).changes);
    expect(await db.speakers.get("kh")).toEqual(harris);
    expect((await db.annotations.get("q1"))?.speakerId).toBe("kh");
  });

  it("renames a speaker and edits aliases, undoably", async () => {
    await createSpeaker(db, vp);
    const rename = await updateSpeaker(db, "vp", { name: "Kamala D. Harris" });
    await updateSpeaker(db, "vp", { aliases: [] });
    expect(await db.speakers.get("vp")).toEqual({ id: "vp", name: "Kamala D. Harris", aliases: [] });
    if (!rename) throw new Error("a rename returns a step");
    expect(rename.label).toBe("Rename Harris");
  });
});
