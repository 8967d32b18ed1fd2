import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sha256Hex } from "../model/articleFile";
import { codePoint } from "../model/text";
import type { Article } from "../model/types";
import { createAnnotation } from "./annotations";
import { AnnotatorDatabase } from "./schema";
import { suggestionBacklog } from "./suggestionBacklog";
import { rejectSuggestion } from "./suggestions";

const articleOf = (id: string, text: string): Article => ({
  id,
  title: id,
  source: `import:${id}.txt`,
  text,
  textSha256: sha256Hex(text),
});
// Three suggestions: a quotation, and reported speech twice.
const text =
  "“We will rebuild the harbour this year,” said Ana Ruiz.\nOfficials said the plan would cost more than expected.\nThe town lost half its jobs, the mayor said.";

let db: AnnotatorDatabase;
beforeEach(async () => {
  db = new AnnotatorDatabase(`backlog-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe("suggestionBacklog", () => {
  it("counts the suggestions of every article, less those annotated or rejected there, with progress", async () => {
    const bundled = articleOf("bundled", text);
    const imported = articleOf("imported", `${text}\n`);
    await db.articles.add(imported);
    // The user tagged the first quotation in the imported article, and rejected the last suggestion.
    await createAnnotation(db, {
      id: "mine",
      articleId: "imported",
      tag: "quote",
      start: codePoint(1),
      end: codePoint(10),
      exact: "We will r",
      prefix: "",
      suffix: "",
      speakerId: null,
      note: "",
      createdAt: "2026-12-02T00:00:00.000Z",
      updatedAt: "2026-12-02T00:00:00.000Z",
    });
    // The text has no character beyond the BMP: its code points are its UTF-16 units.
    const town = text.indexOf("The town lost half its jobs");
    await rejectSuggestion(db, imported.textSha256, `${town}-${town + "The town lost half its jobs".length}`);
    const progress: string[] = [];
    const counts = await suggestionBacklog(db, [bundled], (done, total) => progress.push(`${done}/${total}`));
    expect(progress).toEqual(["1/2", "2/2"]);
    expect(counts).toEqual(
      new Map([
        ["bundled", 3],
        ["imported", 1],
      ]),
    );
  });
});
