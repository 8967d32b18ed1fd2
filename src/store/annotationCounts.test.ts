import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { codePoint } from "../model/text";
import type { Annotation, Tag } from "../model/types";
import { articlesBySpeaker, tagCountsByArticle } from "./annotationCounts";
import { AnnotatorDatabase } from "./schema";

let db: AnnotatorDatabase;
let counter = 0;
beforeEach(async () => {
  db = new AnnotatorDatabase(`counts-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const row = (id: string, articleId: string, tag: Tag, speakerId: string | null): Annotation => ({
  id,
  articleId,
  tag,
  start: codePoint(0),
  end: codePoint(4),
  exact: "word",
  prefix: "",
  suffix: "",
  speakerId,
  note: "",
  createdAt: "2026-11-20T10:00:00.000Z",
  updatedAt: "2026-11-20T10:00:00.000Z",
});

describe("counts read from index keys", () => {
  it("counts every article's annotations by tag, and every speaker's articles", async () => {
    await db.annotations.bulkPut([
      row("1", "a", "quote", "kh"),
      row("2", "a", "quote", null),
      row("3", "a", "speaker", "kh"),
      row("4", "b", "claim", "kh"),
      row("5", "b", "statistic", "ag"),
    ]);
    const counts = await tagCountsByArticle(db);
    expect(Object.fromEntries(counts)).toEqual({
      a: { quote: 2, claim: 0, statistic: 0, speaker: 1 },
      b: { quote: 0, claim: 1, statistic: 1, speaker: 0 },
    });
    const bySpeaker = await articlesBySpeaker(db);
    expect(Object.fromEntries([...bySpeaker].map(([id, set]) => [id, [...set].sort()]))).toEqual({
      ag: ["b"],
      kh: ["a", "b"],
    });
  });

  it("follows a retag and a delete", async () => {
    await db.annotations.bulkPut([row("1", "a", "quote", "kh"), row("2", "a", "claim", "kh")]);
    await db.annotations.update("1", { tag: "claim" });
    await db.annotations.delete("2");
    expect((await tagCountsByArticle(db)).get("a")).toEqual({ quote: 0, claim: 1, statistic: 0, speaker: 0 });
  });

  it("counts by pair when an article has many annotations of a tag, with the same result", async () => {
    // 300 annotations in 3 pairs: each pair is counted rather than every key read.
    const many = Array.from({ length: 300 }, (_, i) =>
      row(`m${i}`, i < 250 ? "big" : "small", i % 3 === 0 ? "claim" : "quote", null),
    );
    await db.annotations.bulkPut(many);
    const counts = await tagCountsByArticle(db);
    const expected = (article: string, tag: string) =>
      many.filter((r) => r.articleId === article && r.tag === tag).length;
    expect(counts.get("big")).toEqual({
      quote: expected("big", "quote"),
      claim: expected("big", "claim"),
      statistic: 0,
      speaker: 0,
    });
    expect(counts.get("small")).toEqual({
      quote: expected("small", "quote"),
      claim: expected("small", "claim"),
      statistic: 0,
      speaker: 0,
    });
  });
});
