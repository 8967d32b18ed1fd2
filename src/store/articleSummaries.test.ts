import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importedArticle } from "../model/articleImport";
import { librarySummaries, refreshSummaries } from "./articleSummaries";
import { bundledArticles } from "./bundledArticles";
import { AnnotatorDatabase } from "./schema";

let db: AnnotatorDatabase;
let counter = 0;
beforeEach(async () => {
  db = new AnnotatorDatabase(`summaries-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe("summaries of the library's articles", () => {
  it("lists the bundled articles, then the imported ones by title, with their word counts", async () => {
    const zebra = importedArticle("z.txt", "Zebra crossing", "Zebra crossing\n\nFour words of text.");
    const apple = importedArticle("a.txt", "Apple harvest", "Apple harvest\n\nTwo more.");
    await db.articles.bulkPut([zebra, apple]);
    expect(await refreshSummaries(db)).toBe(2);
    const list = await librarySummaries(db);
    expect(list.map((s) => s.id)).toEqual([...bundledArticles.map((a) => a.id), apple.id, zebra.id]);
    expect(list.at(-1)).toEqual({
      id: zebra.id,
      title: "Zebra crossing",
      source: zebra.source,
      textSha256: zebra.textSha256,
      words: 6,
    });
    // Nothing left to do: the text of no article is read again.
    expect(await refreshSummaries(db)).toBe(0);
  });

  it("follows an article's new text and its deletion", async () => {
    const story = importedArticle("s.txt", "Story", "Story\n\nOne.");
    await db.articles.put(story);
    await refreshSummaries(db);
    await db.articles.put({ ...story, text: "Story\n\nOne and two.", textSha256: "other" });
    expect(await refreshSummaries(db)).toBe(1);
    expect((await db.articleSummaries.get(story.id))?.words).toBe(4);
    await db.articles.delete(story.id);
    expect(await refreshSummaries(db)).toBe(1);
    expect(await db.articleSummaries.count()).toBe(0);
  });
});
