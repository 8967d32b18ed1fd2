import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spanOf } from "../anchor";
import { compareByPosition } from "../annotationOrder";
import { articleFromFile, sha256Hex } from "../articleFile";
import { codePoint, codePointSpan, textOffsets } from "../text";
import type { Annotation, Article, Speaker } from "../types";
import {
  asOwnWork,
  buildAnnotationSet,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportFileName,
  fromExported,
  toExported,
} from "./annotationSet";

const articlesDir = new URL("../../../articles/", import.meta.url);
const seedArticles: Article[] = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => {
    const result = articleFromFile(
      `articles/${name}`,
      new Uint8Array(readFileSync(new URL(name, articlesDir))),
    );
    if (!result.ok) throw new Error(`${name}: ${result.error}`);
    return result.article;
  });

function seed(id: string): Article {
  const article = seedArticles.find((a) => a.id === id);
  if (!article) throw new Error(`no seed article ${id}`);
  return article;
}

const harrisGuatemala = seed("000_cccd83b6053d3462");
const exportedAt = new Date("2026-11-23T10:00:00.000Z");
const harris: Speaker = {
  id: "kh",
  name: "Kamala Harris",
  aliases: ["Harris", "Vice President Kamala Harris"],
};
const giammattei: Speaker = { id: "ag", name: "Alejandro Giammattei", aliases: [] };

/** An annotation of the code point range [start, end) of `article`, with its selectors computed. */
function annotationOf(
  article: Article,
  start: number,
  end: number,
  fields: Partial<Omit<Annotation, "start" | "end" | "exact" | "prefix" | "suffix">> = {},
): Annotation {
  const span = spanOf(article.text, textOffsets(article.text), codePointSpan(start, end));
  return {
    id: `a-${start}-${end}`,
    articleId: article.id,
    tag: "quote",
    speakerId: null,
    note: "",
    createdAt: "2026-11-20T09:00:00.000Z",
    updatedAt: "2026-11-20T09:00:00.000Z",
    ...span,
    ...fields,
  };
}

/** The annotation of the first occurrence of `phrase` in an article without astral characters. */
function annotationOfPhrase(article: Article, phrase: string, fields: Partial<Annotation> = {}): Annotation {
  const start = article.text.indexOf(phrase);
  if (start < 0) throw new Error(`not in ${article.id}: ${phrase}`);
  return annotationOf(article, start, start + phrase.length, fields);
}

/** What Python's `text[start:end]` gives: a slice by code points. */
const codePointSlice = (text: string, start: number, end: number) =>
  Array.from(text).slice(start, end).join("");

describe("buildAnnotationSet", () => {
  it("writes the format, version, export time and speakers", () => {
    const exported = buildAnnotationSet({
      articles: [],
      annotations: [],
      speakers: [harris, giammattei],
      exportedAt,
    });
    expect(exported).toEqual({
      format: "quote-annotator",
      version: 4,
      exportedAt: "2026-11-23T10:00:00.000Z",
      speakers: [
        { id: "kh", name: "Kamala Harris", aliases: ["Harris", "Vice President Kamala Harris"] },
        { id: "ag", name: "Alejandro Giammattei", aliases: [] },
      ],
      articles: [],
    });
    expect(EXPORT_FORMAT).toBe("quote-annotator");
    expect(EXPORT_VERSION).toBe(4);
  });

  it("copies the speakers' aliases, so later edits do not reach a built export", () => {
    const speaker: Speaker = { id: "kh", name: "Kamala Harris", aliases: ["Harris"] };
    const exported = buildAnnotationSet({ articles: [], annotations: [], speakers: [speaker], exportedAt });
    speaker.aliases.push("VP Harris");
    expect(exported.speakers[0]?.aliases).toEqual(["Harris"]);
  });

  it("writes an article with its text, hash and annotations, without the articleId", () => {
    const quote = annotationOfPhrase(harrisGuatemala, "strengthen our cooperation", {
      id: "q1",
      speakerId: "kh",
      note: "first quote",
    });
    const exported = buildAnnotationSet({
      articles: [harrisGuatemala],
      annotations: [quote],
      speakers: [harris],
      exportedAt,
    });
    expect(exported.articles).toEqual([
      {
        id: "000_cccd83b6053d3462",
        title: harrisGuatemala.title,
        source: "articles/000_cccd83b6053d3462.txt",
        textSha256: sha256Hex(harrisGuatemala.text),
        text: harrisGuatemala.text,
        annotations: [
          {
            id: "q1",
            tag: "quote",
            start: quote.start,
            end: quote.end,
            exact: "strengthen our cooperation",
            prefix: "e Northern Triangle region and “",
            suffix: "” to better manage the steep inc",
            speakerId: "kh",
            note: "first quote",
            createdAt: "2026-11-20T09:00:00.000Z",
            updatedAt: "2026-11-20T09:00:00.000Z",
          },
        ],
      },
    ]);
    expect(Object.keys(exported.articles[0]?.annotations[0] ?? {})).not.toContain("articleId");
  });

  it("sorts annotations by start, then end, then creation time, then id", () => {
    const at = (id: string, start: number, end: number, createdAt: string) =>
      annotationOf(harrisGuatemala, start, end, { id, createdAt });
    const annotations = [
      at("late-start", 50, 60, "2026-01-01T00:00:00.000Z"),
      at("longer", 10, 30, "2026-01-01T00:00:00.000Z"),
      at("newer", 10, 20, "2026-01-02T00:00:00.000Z"),
      at("b-same-time", 10, 20, "2026-01-01T00:00:00.000Z"),
      at("a-same-time", 10, 20, "2026-01-01T00:00:00.000Z"),
      at("first", 0, 10, "2026-12-31T00:00:00.000Z"),
    ];
    const exported = buildAnnotationSet({
      articles: [harrisGuatemala],
      annotations,
      speakers: [],
      exportedAt,
    });
    expect(exported.articles[0]?.annotations.map((a) => a.id)).toEqual([
      "first",
      "a-same-time",
      "b-same-time",
      "newer",
      "longer",
      "late-start",
    ]);
    // The caller's array keeps its order.
    expect(annotations.map((a) => a.id)[0]).toBe("late-start");
  });

  it("writes a speaker reference that names no listed speaker as null", () => {
    const annotations = [
      annotationOfPhrase(harrisGuatemala, "strengthen our cooperation", { id: "known", speakerId: "kh" }),
      annotationOfPhrase(harrisGuatemala, "partner", { id: "deleted-speaker", speakerId: "gone" }),
      annotationOfPhrase(harrisGuatemala, "roadmap", { id: "unattributed", speakerId: null }),
    ];
    const exported = buildAnnotationSet({
      articles: [harrisGuatemala],
      annotations,
      speakers: [harris],
      exportedAt,
    });
    const speakerOf = Object.fromEntries(
      exported.articles[0]?.annotations.map((a) => [a.id, a.speakerId]) ?? [],
    );
    expect(speakerOf).toEqual({ known: "kh", "deleted-speaker": null, unattributed: null });
  });

  it("leaves out the annotations of articles not listed, and keeps the listed articles' order", () => {
    const other = seed("002_896b3e09b23975d2");
    const annotations = [
      annotationOf(harrisGuatemala, 0, 10, { id: "in-000" }),
      annotationOf(other, 0, 4, { id: "in-002" }),
      annotationOf(seed("001_460e1fe8a5442074"), 0, 13, { id: "in-001-unlisted" }),
      { ...annotationOf(harrisGuatemala, 0, 10), id: "orphan", articleId: "deleted-article" },
    ];
    const exported = buildAnnotationSet({
      articles: [other, harrisGuatemala],
      annotations,
      speakers: [],
      exportedAt,
    });
    expect(exported.articles.map((a) => [a.id, a.annotations.map((x) => x.id)])).toEqual([
      ["002_896b3e09b23975d2", ["in-002"]],
      ["000_cccd83b6053d3462", ["in-000"]],
    ]);
  });

  it("writes an empty annotation list for an article without annotations", () => {
    const exported = buildAnnotationSet({
      articles: [harrisGuatemala],
      annotations: [],
      speakers: [],
      exportedAt,
    });
    expect(exported.articles[0]?.annotations).toEqual([]);
  });

  it("exports the same data to the same JSON whatever order the annotations come in", () => {
    const ids = fc.constantFrom("a", "b", "c");
    const times = fc.constantFrom("2026-01-01T00:00:00.000Z", "2026-01-02T00:00:00.000Z");
    const annotation = fc
      .record({
        id: ids,
        start: fc.integer({ min: 0, max: 5 }),
        length: fc.integer({ min: 0, max: 3 }),
        createdAt: times,
      })
      .map(({ id, start, length, createdAt }) =>
        annotationOf(harrisGuatemala, start, start + length, { id, createdAt }),
      );
    const permuted = fc
      .array(annotation, { maxLength: 12 })
      .chain((list) =>
        fc.tuple(
          fc.constant(list),
          fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
        ),
      );
    fc.assert(
      fc.property(permuted, ([list, shuffled]) => {
        const build = (annotations: Annotation[]) =>
          JSON.stringify(
            buildAnnotationSet({ articles: [harrisGuatemala], annotations, speakers: [], exportedAt }),
          );
        expect(build(shuffled)).toBe(build(list));
        const exported = JSON.parse(build(list)) as { articles: { annotations: Annotation[] }[] };
        const sorted = exported.articles[0]?.annotations ?? [];
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1], sorted[i]];
          if (a && b) expect(compareByPosition(a, b)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it("keeps text[start:end] == exact for random ranges in every seed article, as Python reads it", () => {
    const articleWithRanges = fc.constantFrom(...seedArticles).chain((article) => {
      const length = textOffsets(article.text).length;
      const range = fc
        .tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: length }))
        .map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));
      return fc.tuple(fc.constant(article), fc.array(range, { minLength: 1, maxLength: 8 }));
    });
    fc.assert(
      fc.property(articleWithRanges, ([article, ranges]) => {
        const annotations = ranges.map(([start, end], i) =>
          annotationOf(article, start, end, { id: `r${i}` }),
        );
        const exported = JSON.parse(
          JSON.stringify(buildAnnotationSet({ articles: [article], annotations, speakers: [], exportedAt })),
        ) as ReturnType<typeof buildAnnotationSet>;
        const [only] = exported.articles;
        if (!only) throw new Error("article missing from the export");
        expect(only.text).toBe(article.text);
        expect(only.annotations).toHaveLength(ranges.length);
        for (const a of only.annotations) {
          expect(codePointSlice(only.text, a.start, a.end)).toBe(a.exact);
          expect(codePointSlice(only.text, Math.max(0, a.start - 32), a.start)).toBe(a.prefix);
          expect(codePointSlice(only.text, a.end, a.end + 32)).toBe(a.suffix);
        }
      }),
    );
  });

  it("keeps offsets exact across emoji added to a seed article", () => {
    const astral = fc.constantFrom("😀", "𠀋", "👍🏽", "🇬🇹", "e\u0301");
    const emojiArticle = fc
      .array(fc.tuple(fc.integer({ min: 0, max: harrisGuatemala.text.length }), astral), { maxLength: 30 })
      .map((inserts): Article => {
        let text = harrisGuatemala.text;
        for (const [at, ch] of [...inserts].sort((a, b) => b[0] - a[0]))
          text = text.slice(0, at) + ch + text.slice(at);
        return { ...harrisGuatemala, text, textSha256: sha256Hex(text) };
      });
    const withRanges = emojiArticle.chain((article) => {
      const length = textOffsets(article.text).length;
      return fc.tuple(
        fc.constant(article),
        fc.array(fc.tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: 40 })), {
          minLength: 1,
          maxLength: 8,
        }),
      );
    });
    fc.assert(
      fc.property(withRanges, ([article, ranges]) => {
        const length = textOffsets(article.text).length;
        const annotations = ranges.map(([start, size], i) =>
          annotationOf(article, start, Math.min(length, start + size), { id: `e${i}` }),
        );
        const exported = buildAnnotationSet({ articles: [article], annotations, speakers: [], exportedAt });
        for (const a of exported.articles[0]?.annotations ?? []) {
          expect(codePointSlice(article.text, a.start, a.end)).toBe(a.exact);
        }
      }),
    );
  });
});

describe("the order of fields in a file", () => {
  it("writes every record's fields in the documented order, orphans after the annotations", () => {
    const quote = annotationOfPhrase(harrisGuatemala, "strengthen our cooperation", { id: "q1" });
    const orphan: Annotation = { ...annotationOfPhrase(harrisGuatemala, "partner"), orphan: true };
    const exported = buildAnnotationSet({
      articles: [harrisGuatemala],
      annotations: [orphan, quote],
      speakers: [harris],
      exportedAt,
    });
    const annotationKeys = [
      "id",
      "tag",
      "start",
      "end",
      "exact",
      "prefix",
      "suffix",
      "speakerId",
      "note",
      "createdAt",
      "updatedAt",
    ];
    expect(Object.keys(exported)).toEqual(["format", "version", "exportedAt", "speakers", "articles"]);
    expect(Object.keys(exported.speakers[0] ?? {})).toEqual(["id", "name", "aliases"]);
    const [article] = exported.articles;
    // An article without metadata has none of its fields, not even as undefined.
    expect(Object.keys(article ?? {})).toEqual([
      "id",
      "title",
      "source",
      "textSha256",
      "text",
      "annotations",
      "orphans",
    ]);
    expect(Object.keys(article?.annotations[0] ?? {})).toEqual(annotationKeys);
    expect(Object.keys(article?.orphans?.[0] ?? {})).toEqual(annotationKeys);
  });
});

describe("article metadata", () => {
  const page: Article = {
    id: "imp_0123456789abcdef",
    title: "Riverton Council Approves Transit Plan",
    byline: "Maria Lopez",
    publishedAt: "2026-03-04T10:15:32.000Z",
    siteName: "The New York Times",
    url: "https://www.nytimes.example/2026/03/04/nyregion/riverton-transit-plan.html",
    source: "import:transit.html",
    text: "Riverton Council Approves Transit Plan\n\nThe council voted.\n",
    textSha256: sha256Hex("Riverton Council Approves Transit Plan\n\nThe council voted.\n"),
  };

  it("is written after the title, before the source and the text, and only what the page gave", () => {
    const exported = buildAnnotationSet({ articles: [page], annotations: [], speakers: [], exportedAt });
    expect(Object.keys(exported.articles[0] ?? {})).toEqual([
      "id",
      "title",
      "byline",
      "publishedAt",
      "siteName",
      "url",
      "source",
      "textSha256",
      "text",
      "annotations",
    ]);
    expect(exported.articles[0]).toMatchObject({
      byline: "Maria Lopez",
      publishedAt: "2026-03-04T10:15:32.000Z",
      siteName: "The New York Times",
      url: "https://www.nytimes.example/2026/03/04/nyregion/riverton-transit-plan.html",
    });
    const { byline: _byline, url: _url, ...partial } = page;
    const written = buildAnnotationSet({ articles: [partial], annotations: [], speakers: [], exportedAt });
    expect(Object.keys(written.articles[0] ?? {})).toEqual([
      "id",
      "title",
      "publishedAt",
      "siteName",
      "source",
      "textSha256",
      "text",
      "annotations",
    ]);
  });
});

describe("toExported and fromExported", () => {
  const quote = annotationOfPhrase(harrisGuatemala, "strengthen our cooperation", {
    id: "q1",
    tag: "claim",
    speakerId: "kh",
    note: "a note",
    updatedAt: "2026-11-21T09:00:00.000Z",
  });

  it("gives back the annotation it was made from, in its article", () => {
    expect(fromExported(toExported(quote, new Set(["kh"])), quote.articleId)).toStrictEqual(quote);
  });

  it("writes a speaker the file does not list as null", () => {
    expect(toExported(quote, new Set(["ag"])).speakerId).toBeNull();
  });

  it("places the annotation in the given article and turns the file's speaker ids into the library's", () => {
    const exported = toExported(quote, new Set(["kh"]));
    const speakerIdOf = (id: string) => (id === "kh" ? "library-kh" : null);
    expect(fromExported(exported, "other-article", speakerIdOf)).toStrictEqual({
      ...quote,
      articleId: "other-article",
      speakerId: "library-kh",
    });
    expect(fromExported({ ...exported, speakerId: "unknown" }, "a", speakerIdOf).speakerId).toBeNull();
    expect(fromExported({ ...exported, speakerId: null }, "a", speakerIdOf).speakerId).toBeNull();
  });
});

describe("exportFileName", () => {
  it("names the download after the scope and the day of export", () => {
    expect(exportFileName("000_cccd83b6053d3462", new Date("2026-11-25T10:00:00.000Z"))).toBe(
      "quote-annotator-000_cccd83b6053d3462-2026-11-25.json",
    );
  });

  it("replaces runs of other characters with one hyphen and keeps letters of any script", () => {
    expect(exportFileName("all articles / López: “draft”", exportedAt)).toBe(
      "quote-annotator-all-articles-López-draft--2026-11-23.json",
    );
    expect(exportFileName("😀𠀋", exportedAt)).toBe("quote-annotator--𠀋-2026-11-23.json");
  });

  it("dates the file by the UTC day of the export time", () => {
    expect(exportFileName("all", new Date("2026-11-25T23:30:00.000-05:00"))).toBe(
      "quote-annotator-all-2026-11-26.json",
    );
  });

  it("never puts a path separator or a space in the name", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (scope) => {
        const name = exportFileName(scope, exportedAt);
        expect(name).not.toMatch(/[\s/\\:*?"<>|]/u);
        expect(name.startsWith("quote-annotator-")).toBe(true);
        expect(name.endsWith("-2026-11-23.json")).toBe(true);
      }),
    );
  });
});

describe("annotator layers in a file", () => {
  it("writes the user's own annotations under the name they gave, and leaves others' as they are", () => {
    const article: Article = {
      id: "a",
      title: "T",
      source: "test",
      textSha256: "0".repeat(64),
      text: "x y",
    };
    const base = {
      articleId: "a",
      tag: "quote" as const,
      exact: "x",
      prefix: "",
      suffix: " y",
      speakerId: null,
      note: "",
      createdAt: "2026-12-01T00:00:00.000Z",
      updatedAt: "2026-12-01T00:00:00.000Z",
    };
    const mine: Annotation = { ...base, id: "m", start: codePoint(0), end: codePoint(1) };
    const theirs: Annotation = { ...base, id: "t", start: codePoint(0), end: codePoint(1), annotator: "Tom" };
    const file = buildAnnotationSet({
      articles: [article],
      annotations: [mine, theirs],
      speakers: [],
      exportedAt,
      ownName: "Ana",
    });
    expect(file.articles[0]?.annotations.map((a) => [a.id, a.annotator])).toEqual([
      ["m", "Ana"],
      ["t", "Tom"],
    ]);
    // Read back by Ana: hers again; by someone else: Ana's layer.
    expect(asOwnWork(file, "Ana").articles[0]?.annotations.map((a) => a.annotator)).toEqual([
      undefined,
      "Tom",
    ]);
    expect(asOwnWork(file, "Lee").articles[0]?.annotations.map((a) => a.annotator)).toEqual(["Ana", "Tom"]);
    // Unnamed, nothing is written: the file is the importer's own work.
    const unnamed = buildAnnotationSet({
      articles: [article],
      annotations: [mine],
      speakers: [],
      exportedAt,
    });
    expect(unnamed.articles[0]?.annotations[0]).not.toHaveProperty("annotator");
  });
});
