import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SearchResults } from "../model/search/results";
import { codePoint } from "../model/text";
import type { Annotation, Article, Speaker } from "../model/types";
import { createAnnotation, deleteAnnotations, updateAnnotation } from "./annotations";
import { addArticle, deleteArticle } from "./articles";
import { type IndexProgress, type LibrarySearch, startLibrarySearch } from "./librarySearch";
import { AnnotatorDatabase } from "./schema";
import { createSpeaker, updateSpeaker } from "./speakers";

let db: AnnotatorDatabase;
let counter = 0;
const running: LibrarySearch[] = [];

beforeEach(async () => {
  db = new AnnotatorDatabase(`search-${++counter}`);
  await db.open();
});

afterEach(async () => {
  for (const search of running.splice(0)) search.stop();
  await db.delete();
});

const bundled: Article = {
  id: "bundled_1",
  title: "Harris meets Giammattei",
  source: "articles/bundled_1.txt",
  text: "Harris meets Giammattei\n\nThe root causes of migration were discussed. 😀 Harris said so.\n",
  textSha256: "sha-bundled-1",
};
const imported: Article = {
  id: "imp_1",
  title: "Border numbers",
  source: "import:border.txt",
  text: "The Border Patrol picked up a record number of children.\n",
  textSha256: "sha-imp-1",
};
const speaker: Speaker = { id: "kh", name: "Kamala Harris", aliases: ["Vice President Harris"] };
const quote: Annotation = {
  id: "q1",
  articleId: "bundled_1",
  tag: "quote",
  start: codePoint(25),
  end: codePoint(45),
  exact: "The root causes of m",
  prefix: "",
  suffix: "",
  speakerId: "kh",
  note: "check the record",
  createdAt: "2026-11-20T10:00:00.000Z",
  updatedAt: "2026-11-20T10:00:00.000Z",
};

async function start(): Promise<{ search: LibrarySearch; progress: IndexProgress[] }> {
  const progress: IndexProgress[] = [];
  const search = startLibrarySearch(db, {
    bundled: [bundled],
    onProgress: (p) => progress.push(p),
    onError: (error) => {
      throw error;
    },
  });
  running.push(search);
  await search.idle();
  return { search, progress };
}

/** Each item as "kind article annotation: before[match]after". */
function listed(results: SearchResults): string[] {
  return results.items.map(
    (i) =>
      `${i.kind} ${i.articleId ?? "-"} ${i.annotationId ?? "-"}: ${i.snippet.before}[${i.snippet.match}]${i.snippet.after}`,
  );
}

describe("library search", () => {
  it("indexes the library the first time with progress, and finds texts, notes and speakers", async () => {
    await addArticle(db, imported);
    await createSpeaker(db, speaker);
    await createAnnotation(db, quote);
    const { search, progress } = await start();
    // One annotation and one speaker in a batch, then the two articles.
    expect(progress).toEqual([
      { indexed: 0, total: 4 },
      { indexed: 2, total: 4 },
      { indexed: 4, total: 4 },
    ]);
    expect(await db.searchIndex.count()).toBe(4);

    expect(listed(await search.search("harris", 50))).toEqual([
      "speaker bundled_1 q1: Kamala [Harris]",
      "title bundled_1 -: [Harris] meets Giammattei",
      "text bundled_1 -: [Harris] meets Giammattei The root causes of migration were…",
      "text bundled_1 -: …The root causes of migration were discussed. 😀 [Harris] said so.",
    ]);
    expect(listed(await search.search("record", 50))).toEqual([
      "note bundled_1 q1: check the [record]",
      "text imp_1 -: The Border Patrol picked up a [record] number of children.",
    ]);
  });

  it("gives a text hit's place in code points, and a speaker hit the words of their annotation", async () => {
    await createSpeaker(db, speaker);
    await createAnnotation(db, quote);
    const { search } = await start();
    const results = await search.search("harris said", 50);
    // After the emoji (two UTF-16 units, one code point).
    const at = Array.from(bundled.text).join("").indexOf("Harris said");
    expect(results.items.map((i) => i.at)).toEqual([
      { start: codePoint(at - 1), end: codePoint(at - 1 + 11) },
    ]);
    const [speakerHit] = (await search.search("kamala", 50)).items;
    expect(speakerHit).toMatchObject({ kind: "speaker", quote: "The root causes of m", count: 1 });
  });

  it("keeps the index in the database and reads it back on the next start without indexing again", async () => {
    await addArticle(db, imported);
    (await start()).search.stop();
    const { search, progress } = await start();
    expect(progress).toEqual([{ indexed: 0, total: 0 }]);
    expect(listed(await search.search("patrol", 50))).toEqual([
      "text imp_1 -: The Border [Patrol] picked up a record number of children.",
    ]);
  });

  it("answers a query asked as it starts from the stored index, not from an empty one", async () => {
    await addArticle(db, imported);
    (await start()).search.stop();
    const search = startLibrarySearch(db, { bundled: [bundled] });
    running.push(search);
    expect((await search.search("patrol", 50)).items).toHaveLength(1);
  });

  it("follows every change by key: notes, deletes, speakers, articles", async () => {
    await addArticle(db, imported);
    await createSpeaker(db, speaker);
    await createAnnotation(db, quote);
    const { search } = await start();

    await updateAnnotation(db, "q1", { note: "verify the figure" });
    await search.idle();
    expect(listed(await search.search("verify", 50))).toEqual(["note bundled_1 q1: [verify] the figure"]);
    expect((await search.search("check the record", 50)).items).toEqual([]);

    await updateSpeaker(db, "kh", { name: "Kamala D. Harris" });
    await search.idle();
    expect(listed(await search.search("kamala d", 50))).toEqual(["speaker bundled_1 q1: [Kamala D]. Harris"]);

    await deleteAnnotations(db, ["q1"]);
    await search.idle();
    expect((await search.search("verify", 50)).items).toEqual([]);
    expect(listed(await search.search("kamala", 50))).toEqual(["speaker - -: [Kamala] D. Harris"]);

    await deleteArticle(db, imported.id);
    await search.idle();
    expect((await search.search("patrol", 50)).items).toEqual([]);
    expect(await db.searchIndex.get("article:imp_1")).toBeUndefined();
  });

  it("makes again at start a stored document that is out of date, and drops one whose record is gone", async () => {
    await createAnnotation(db, quote);
    (await start()).search.stop();
    // Changed and deleted while no search was running (another program, an old tab).
    await db.annotations.put({ ...quote, note: "new words" });
    await db.searchIndex.put({
      key: "annotation:gone",
      source: { ...quoteSource(), annotationId: "gone" },
      fields: [],
    });
    const { search } = await start();
    expect(listed(await search.search("new words", 50))).toEqual(["note bundled_1 q1: [new words]"]);
    expect(await db.searchIndex.get("annotation:gone")).toBeUndefined();
  });
});

function quoteSource() {
  return {
    kind: "annotation" as const,
    annotationId: quote.id,
    articleId: quote.articleId,
    speakerId: null,
    start: quote.start,
  };
}
