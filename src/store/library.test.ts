import "fake-indexeddb/auto";
import { readdirSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sha256Hex } from "../model/articleFile";
import type { Article } from "../model/types";
import { addArticle } from "./articles";
import { bundledArticles } from "./bundledArticles";
import { articleWithText, libraryArticles } from "./library";
import { AnnotatorDatabase } from "./schema";

let db: AnnotatorDatabase;
let counter = 0;
beforeEach(async () => {
  db = new AnnotatorDatabase(`library-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

function importedArticle(id: string, title: string): Article {
  const text = `${title}\n\nA body.\n`;
  return { id, title, source: `import:${id}.txt`, text, textSha256: sha256Hex(text) };
}

describe("the library", () => {
  it("bundles every article file of articles/, in file name order", () => {
    const files = readdirSync(new URL("../../articles/", import.meta.url))
      .filter((name) => name.endsWith(".txt"))
      .sort();
    expect(bundledArticles.map((a) => a.source)).toEqual(files.map((name) => `articles/${name}`));
    expect(bundledArticles[0]?.id).toBe("000_cccd83b6053d3462");
  });

  it("lists the bundled articles, then the imported ones by title", async () => {
    expect(await libraryArticles(db)).toEqual(bundledArticles);
    const zebra = importedArticle("imp_a", "Zebras cross the road");
    const apple = importedArticle("imp_b", "Apples fall");
    await addArticle(db, zebra);
    await addArticle(db, apple);
    expect(await libraryArticles(db)).toEqual([...bundledArticles, apple, zebra]);
  });

  it("finds an article by the hash of its text, bundled or imported", async () => {
    const imported = importedArticle("imp_1", "A headline");
    await addArticle(db, imported);
    const [bundled] = bundledArticles;
    if (!bundled) throw new Error("no bundled article");
    expect(await articleWithText(db, bundled.textSha256)).toEqual(bundled);
    expect(await articleWithText(db, imported.textSha256)).toEqual(imported);
    expect(await articleWithText(db, sha256Hex("other"))).toBeUndefined();
  });
});
