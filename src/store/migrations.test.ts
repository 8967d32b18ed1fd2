import { codePoint } from "../model/text";
import "fake-indexeddb/auto";
import Dexie from "dexie";
import { describe, expect, it } from "vitest";
import { annotationDocument } from "../model/search/documents";
import type { Annotation, Speaker } from "../model/types";
import { articlesBySpeaker, tagCountsByArticle } from "./annotationCounts";
import { refreshSummaries } from "./articleSummaries";
import { readBackupState, recordFullExport } from "./meta";
import { AnnotatorDatabase, CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from "./schema";

/**
 * Every schema version the app has shipped must open in the current app with all its data. Each case
 * builds a database exactly as that version declared it (its own Dexie schema history, cut at that
 * version), fills it with the data that version could hold, and opens it with today's database class.
 */
const speaker: Speaker = { id: "kh", name: "Kamala Harris", aliases: ["Harris"] };
const annotation: Annotation = {
  id: "a1",
  articleId: "000_cccd83b6053d3462",
  tag: "quote",
  start: codePoint(1398),
  end: codePoint(1456),
  exact: "We want to work with you to address both the acute causes",
  prefix: "she spoke about … “",
  suffix: " as well as the root causes",
  speakerId: "kh",
  note: "opening remarks",
  createdAt: "2026-11-20T10:00:00.000Z",
  updatedAt: "2026-11-21T10:00:00.000Z",
};
const article = {
  id: "imp_0123456789abcdef",
  title: "Imported",
  source: "import:a.txt",
  text: "Imported\n",
  textSha256: "x",
};

async function buildDatabaseAtVersion(name: string, version: number): Promise<void> {
  const old = new Dexie(name);
  for (const entry of SCHEMA_VERSIONS.filter((v) => v.version <= version))
    old.version(entry.version).stores(entry.stores);
  await old.open();
  await old.table("annotations").put(annotation);
  await old.table("speakers").put(speaker);
  await old.table("articles").put(article);
  if (version >= 2)
    await old.table("meta").put({ key: "lastFullExportAt", value: "2026-11-22T00:00:00.000Z" });
  old.close();
}

describe("schema migrations", () => {
  for (const { version } of SCHEMA_VERSIONS) {
    it(`opens a version ${version} database in the current app with every record kept`, async () => {
      const name = `migrate-from-${version}`;
      await buildDatabaseAtVersion(name, version);
      const db = new AnnotatorDatabase(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(await db.annotations.toArray()).toEqual([annotation]);
      expect(await db.speakers.toArray()).toEqual([speaker]);
      expect(await db.articles.toArray()).toEqual([article]);
      expect(
        await db.annotations.where("[articleId+start]").equals([annotation.articleId, 1398]).count(),
      ).toBe(1);
      // Indexes dropped since are gone (an index left behind would slow every write).
      const store = db.backendDB().transaction("annotations").objectStore("annotations");
      expect([...store.indexNames].sort()).toEqual(
        [
          "[articleId+annotator]",
          "[articleId+start]",
          "[articleId+tag]",
          "[speakerId+articleId]",
          "speakerId",
          "updatedAt",
        ].sort(),
      );
      // The indexes added since hold the rows written before them.
      expect(await tagCountsByArticle(db)).toEqual(
        new Map([[annotation.articleId, { quote: 1, claim: 0, statistic: 0, speaker: 0 }]]),
      );
      expect(await articlesBySpeaker(db)).toEqual(new Map([["kh", new Set([annotation.articleId])]]));
      // The tables added since work on the upgraded database.
      await recordFullExport(db, new Date("2026-11-25T00:00:00.000Z"));
      expect(await readBackupState(db)).toEqual({
        lastFullExportAt: "2026-11-25T00:00:00.000Z",
        oldestUnexportedChange: null,
      });
      // Summaries of the imported articles are made from them once the library is shown.
      expect(await refreshSummaries(db)).toBe(1);
      expect(await db.articleSummaries.get(article.id)).toMatchObject({ id: article.id, words: 1 });
      const doc = annotationDocument(annotation);
      await db.searchIndex.put(doc);
      expect(await db.searchIndex.get(doc.key)).toEqual(doc);
      await db.delete();
    });
  }

  it("has a strictly increasing version history ending at the current version", () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.at(-1)).toBe(CURRENT_SCHEMA_VERSION);
  });
});
