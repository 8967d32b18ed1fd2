import { codePoint } from "../model/text";
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sha256Hex } from "../model/articleFile";
import { invertStep } from "../model/history";
import type { Annotation, Article } from "../model/types";
import { createAnnotation } from "./annotations";
import { addArticle, deleteArticle } from "./articles";
import { applyChanges } from "./changes";
import { AnnotatorDatabase } from "./schema";

let db: AnnotatorDatabase;
let counter = 0;
beforeEach(async () => {
  db = new AnnotatorDatabase(`articles-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const text = "A headline\n\nA body with a quote.\n";
const article: Article = {
  id: "imp_1",
  title: "A headline",
  source: "import:a.txt",
  text,
  textSha256: sha256Hex(text),
};
const annotation: Annotation = {
  id: "n1",
  articleId: "imp_1",
  tag: "quote",
  start: codePoint(26),
  end: codePoint(31),
  exact: "quote",
  prefix: "A headline\n\nA body with a ",
  suffix: ".\n",
  speakerId: null,
  note: "",
  createdAt: "2026-11-25T10:00:00.000Z",
  updatedAt: "2026-11-25T10:00:00.000Z",
};

describe("imported articles", () => {
  it("deletes an article with its annotations, and undo brings both back", async () => {
    await addArticle(db, article);
    await createAnnotation(db, annotation);
    await createAnnotation(db, { ...annotation, id: "other", articleId: "000_cccd83b6053d3462" });
    const step = await deleteArticle(db, "imp_1");
    expect(await db.articles.count()).toBe(0);
    expect((await db.annotations.toArray()).map((a) => a.id)).toEqual(["other"]);
    if (!step) throw new Error("deleting an article returns a step");
    await applyChanges(db, invertStep(step).changes);
    expect(await db.articles.get("imp_1")).toEqual(article);
    expect(await db.annotations.get("n1")).toEqual(annotation);
  });
});
