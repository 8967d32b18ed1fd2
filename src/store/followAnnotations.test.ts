import { codePoint } from "../model/text";
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Annotation } from "../model/types";
import { createAnnotation, deleteAnnotations, updateAnnotation } from "./annotations";
import { followArticleAnnotations, ROWS_PER_READ } from "./followAnnotations";
import { AnnotatorDatabase } from "./schema";

const ARTICLE = "000_cccd83b6053d3462";
let db: AnnotatorDatabase;
let counter = 0;

beforeEach(async () => {
  db = new AnnotatorDatabase(`follow-${++counter}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

function row(id: string, start: number, overrides: Partial<Annotation> = {}): Annotation {
  return {
    id,
    articleId: ARTICLE,
    tag: "quote",
    start: codePoint(start),
    end: codePoint(start + 5),
    exact: "words",
    prefix: "",
    suffix: "",
    speakerId: null,
    note: "",
    createdAt: "2026-11-25T10:00:00.000Z",
    updatedAt: "2026-11-25T10:00:00.000Z",
    ...overrides,
  };
}

/** Follows the article and hands out each new list of rows in turn. */
function follow() {
  const lists: (readonly Annotation[])[] = [];
  let wake: (() => void) | null = null;
  const stop = followArticleAnnotations(db, ARTICLE, (rows) => {
    lists.push(rows);
    wake?.();
  });
  const next = async (): Promise<readonly Annotation[]> => {
    while (lists.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return lists.shift() as readonly Annotation[];
  };
  return { next, stop, lists };
}

describe("following an article's annotations", () => {
  it("starts with the article's annotations in text order, and no other article's", async () => {
    await db.annotations.bulkPut([row("b", 50), row("a", 10), row("x", 5, { articleId: "other" })]);
    const { next, stop } = follow();
    expect((await next()).map((a) => a.id)).toEqual(["a", "b"]);
    stop();
  });

  it("hands out the start of a long article first, then all of it in text order", async () => {
    const rows = Array.from({ length: ROWS_PER_READ + 500 }, (_, i) =>
      row(`r${String(i).padStart(5, "0")}`, i * 3),
    );
    await db.annotations.bulkPut([...rows].reverse());
    const { next, stop } = follow();
    const first = await next();
    // A page ends before its last start (rows of that start may go on in the next page).
    expect(first.map((a) => a.id)).toEqual(rows.slice(0, ROWS_PER_READ - 1).map((a) => a.id));
    const all = await next();
    expect(all.map((a) => a.id)).toEqual(rows.map((a) => a.id));
    stop();
  });

  it("reads every row once when many share a start across the pages' edges", async () => {
    // Pages continue from the last start read: rows of that start already read must be skipped, also
    // when one start fills a whole page and more.
    const crowded = Array.from({ length: ROWS_PER_READ + 300 }, (_, i) =>
      row(`c${String(i).padStart(5, "0")}`, 100, { end: codePoint(101 + (i % 7)) }),
    );
    const around = Array.from({ length: ROWS_PER_READ }, (_, i) =>
      row(`s${String(i).padStart(5, "0")}`, i < ROWS_PER_READ - 10 ? i % 100 : 200 + i),
    );
    const other = Array.from({ length: 50 }, (_, i) => row(`o${i}`, i, { articleId: "other" }));
    await db.annotations.bulkPut([...crowded, ...around, ...other]);
    const { next, stop } = follow();
    await next();
    const all = await next();
    const ids = all.map((a) => a.id);
    expect(ids.length).toBe(crowded.length + around.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => id.startsWith("o"))).toBe(false);
    stop();
  }, 30_000);

  it("takes in a created, changed and deleted row by reading only that row", async () => {
    await db.annotations.bulkPut([row("a", 10), row("c", 90)]);
    const { next, stop } = follow();
    const first = await next();

    await createAnnotation(db, row("b", 50));
    const created = await next();
    expect(created.map((a) => a.id)).toEqual(["a", "b", "c"]);
    // The rows that did not change are the same objects: nothing else was read.
    expect(created[0]).toBe(first[0]);
    expect(created[2]).toBe(first[1]);

    await updateAnnotation(db, "b", { tag: "claim", note: "checked" });
    const changed = await next();
    expect(changed.map((a) => [a.id, a.tag, a.note])).toEqual([
      ["a", "quote", ""],
      ["b", "claim", "checked"],
      ["c", "quote", ""],
    ]);

    await deleteAnnotations(db, ["a"]);
    expect((await next()).map((a) => a.id)).toEqual(["b", "c"]);
    stop();
  });

  it("drops a row moved to another article, and ignores rows of other articles", async () => {
    await db.annotations.bulkPut([row("a", 10), row("b", 20)]);
    const { next, stop } = follow();
    await next();
    await db.annotations.put(row("b", 20, { articleId: "other" }));
    expect((await next()).map((a) => a.id)).toEqual(["a"]);
    await db.annotations.put(row("z", 1, { articleId: "other" }));
    await db.annotations.put(row("c", 30));
    // The other article's row is no news: the next list is the one with "c".
    expect((await next()).map((a) => a.id)).toEqual(["a", "c"]);
    stop();
  });

  it("reads the whole article again after a write of many rows or a cleared table", async () => {
    const { next, stop } = follow();
    expect(await next()).toEqual([]);
    const many = Array.from({ length: 500 }, (_, i) => row(`r${String(i).padStart(3, "0")}`, 1000 - i));
    await db.annotations.bulkPut(many);
    const all = await next();
    expect(all).toHaveLength(500);
    expect(all[0]?.id).toBe("r499");
    await db.annotations.clear();
    expect(await next()).toEqual([]);
    stop();
  });

  it("hands out a long article page by page at first, but a read again only whole", async () => {
    const rows = Array.from({ length: ROWS_PER_READ * 2 + 100 }, (_, i) =>
      row(`r${String(i).padStart(5, "0")}`, Math.floor(i / 3)),
    );
    await db.annotations.bulkPut(rows);
    const { next, stop } = follow();
    const first = await next();
    const second = await next();
    const all = await next();
    // Each delivery starts the text and is in text order; each is longer than the last.
    expect(first.length).toBeLessThan(second.length);
    expect(second.length).toBeLessThan(all.length);
    expect(second.slice(0, first.length)).toEqual(first);
    expect(all.map((a) => a.id)).toEqual(rows.map((a) => a.id));
    // A write of many rows reads the article again: the next list is whole, never the first pages.
    await db.annotations.bulkPut(rows.slice(0, 300).map((a) => ({ ...a, note: "changed" })));
    const again = await next();
    expect(again).toHaveLength(rows.length);
    expect(again.filter((a) => a.note === "changed")).toHaveLength(300);
    stop();
  }, 30_000);

  it("stops when asked", async () => {
    const { next, stop, lists } = follow();
    await next();
    stop();
    await createAnnotation(db, row("a", 10));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lists).toEqual([]);
  });
});
