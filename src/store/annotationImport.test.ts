import "fake-indexeddb/auto";
import { readdirSync, readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sha256Hex } from "../model/articleFile";
import { buildAnnotationSet } from "../model/format/annotationSet";
import { parseAnnotationSet } from "../model/format/parseAnnotationSet";
import type { Annotation, Article } from "../model/types";
import { applyImport } from "./annotationImport";
import { createAnnotation } from "./annotations";
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

const text = "A headline\n\nThe minister said “we will act” today.\n";
const bundled: Article = {
  id: "b1",
  title: "A headline",
  source: "articles/b1.txt",
  text,
  textSha256: sha256Hex(text),
};
const quote: Annotation = {
  id: "q1",
  articleId: "b1",
  tag: "quote",
  start: 31,
  end: 42,
  exact: "we will act",
  prefix: "A headline\n\nThe minister said “",
  suffix: "” today.\n",
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
    await applyImport(db, parsed.data, "replace", "all.json", [bundled]);
    expect(buildAnnotationSet({ ...(await dump()), articles: [bundled], exportedAt })).toEqual(before);
  });

  it("leaves the database exactly as it was for every malformed file", async () => {
    await createSpeaker(db, { id: "sp", name: "The Minister", aliases: [] });
    await createAnnotation(db, quote);
    const before = await dump();
    const dir = new URL("../model/format/fixtures/malformed/", import.meta.url);
    for (const name of readdirSync(dir)) {
      const parsed = parseAnnotationSet(name, new Uint8Array(readFileSync(new URL(name, dir))));
      expect(parsed.ok).toBe(false);
      if (parsed.ok) await applyImport(db, parsed.data, "merge", name, [bundled]);
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
    await expect(applyImport(db, data, "merge", "a.json", [bundled])).rejects.toThrow("disk full");
    db.annotations.bulkPut = original;
    expect(await dump()).toEqual({ articles: [], annotations: [], speakers: [] });
  });
});
