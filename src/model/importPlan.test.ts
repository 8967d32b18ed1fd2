import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { spanOf } from "./anchor";
import { normalizeLineEndings, sha256Hex } from "./articleFile";
import { buildAnnotationSet } from "./format/annotationSet";
import { parseAnnotationSet } from "./format/parseAnnotationSet";
import { describeImportSummary, planImport } from "./importPlan";
import { codePoint, textOffsets, utf16Range } from "./text";
import type { Annotation, Article, Speaker } from "./types";

const text = normalizeLineEndings(
  readFileSync(new URL("../../articles/000_cccd83b6053d3462.txt", import.meta.url), "utf8"),
);
const article: Article = {
  id: "000_cccd83b6053d3462",
  title: "WASHINGTON",
  source: "articles/000_cccd83b6053d3462.txt",
  text,
  textSha256: sha256Hex(text),
};
const imported: Article = {
  id: "imp_x",
  title: "Imported",
  source: "import:x.txt",
  text: "Imported\n\nShe said “hello there”.\n",
  textSha256: sha256Hex("Imported\n\nShe said “hello there”.\n"),
};
const harris: Speaker = { id: "kh", name: "Kamala Harris", aliases: ["Harris"] };

function annotationOf(
  a: Article,
  phrase: string,
  id: string,
  overrides: Partial<Annotation> = {},
): Annotation {
  const offsets = textOffsets(a.text);
  const at = a.text.indexOf(phrase);
  const span = spanOf(a.text, offsets, offsets.toCodePointSpan(utf16Range(at, at + phrase.length)));
  return {
    id,
    articleId: a.id,
    tag: "quote",
    ...span,
    speakerId: null,
    note: "",
    createdAt: "2026-11-20T10:00:00.000Z",
    updatedAt: "2026-11-20T10:00:00.000Z",
    ...overrides,
  };
}

const quote = annotationOf(article, "We want to work with you", "q1", { speakerId: "kh", note: "opening" });
const claim = annotationOf(article, "strengthen our cooperation", "c1", { tag: "claim" });
const hello = annotationOf(imported, "hello there", "h1");
const exportedAt = new Date("2026-11-25T10:00:00.000Z");
const full = buildAnnotationSet({
  articles: [article, imported],
  annotations: [quote, claim, hello],
  speakers: [harris],
  exportedAt,
});

describe("planning an import", () => {
  it("round-trips: export, empty the library, import, export gives the same file", () => {
    const plan = planImport(
      full,
      { articles: [article], annotations: [], speakers: [] },
      "merge",
      "all.json",
    );
    expect(plan.summary.articles).toEqual({ inFile: 2, added: 1, known: 1, textChanged: 0 });
    expect(plan.summary.annotations).toMatchObject({ inFile: 3, added: 3, updated: 0, orphans: 0 });
    expect(plan.articles).toEqual([imported]);
    const again = buildAnnotationSet({
      articles: [article, ...plan.articles],
      annotations: plan.annotations,
      speakers: plan.speakers,
      exportedAt,
    });
    expect(again).toEqual(full);
  });

  it("merges by id: the newer updatedAt wins either way, and nothing changes twice", () => {
    const newerInLibrary = { ...quote, note: "library edit", updatedAt: "2026-11-24T00:00:00.000Z" };
    const olderInLibrary = { ...claim, tag: "statistic" as const, updatedAt: "2026-11-01T00:00:00.000Z" };
    const plan = planImport(
      full,
      {
        articles: [article, imported],
        annotations: [newerInLibrary, olderInLibrary, hello],
        speakers: [harris],
      },
      "merge",
      "all.json",
    );
    expect(plan.summary.annotations).toMatchObject({ keptNewer: 1, updated: 1, unchanged: 1, added: 0 });
    expect(plan.annotations).toEqual([claim]);
    expect(plan.deleteAnnotationIds).toEqual([]);
  });

  it("replaces the annotations of the file's articles, removing the ones the file lacks", () => {
    const extra = annotationOf(article, "Northern Triangle", "extra");
    const other = annotationOf(imported, "She said", "other-article");
    const plan = planImport(
      { ...full, articles: [full.articles[0] as (typeof full.articles)[0]] },
      {
        articles: [article, imported],
        annotations: [{ ...quote, note: "newer", updatedAt: "2026-11-24T00:00:00.000Z" }, extra, other],
        speakers: [harris],
      },
      "replace",
      "one.json",
    );
    expect(plan.deleteAnnotationIds).toEqual(["extra"]);
    expect(plan.annotations.map((a) => a.id).sort()).toEqual(["c1", "q1"]);
    expect(plan.annotations.find((a) => a.id === "q1")?.note).toBe("opening");
  });

  it("replaces only the layers the file brings: another annotator's work stays", () => {
    const extra = annotationOf(article, "Northern Triangle", "extra");
    const toms = { ...annotationOf(article, "Northern Triangle", "toms"), annotator: "Tom" };
    const library = { articles: [article, imported], annotations: [quote, extra, toms], speakers: [harris] };
    const ownFile = { ...full, articles: [full.articles[0] as (typeof full.articles)[0]] };
    // The file is the user's own work: their layer is replaced, Tom's is left as it is.
    expect(planImport(ownFile, library, "replace", "mine.json").deleteAnnotationIds).toEqual(["extra"]);
    // A file of Tom's layer replaces Tom's layer only.
    const tomsFile = {
      ...ownFile,
      articles: [
        { ...ownFile.articles[0], annotations: [{ ...toms, note: "again" }] } as (typeof full.articles)[0],
      ],
    };
    const plan = planImport(tomsFile, library, "replace", "tom.json");
    expect(plan.deleteAnnotationIds).toEqual([]);
    expect(plan.annotations.map((a) => [a.id, a.note])).toEqual([["toms", "again"]]);
  });

  it("matches speakers by id, then by name, and points annotations at the library's speaker", () => {
    const sameName: Speaker = { id: "other-id", name: "kamala harris ", aliases: [] };
    const plan = planImport(
      full,
      { articles: [article, imported], annotations: [], speakers: [sameName] },
      "merge",
      "a.json",
    );
    expect(plan.summary.speakers).toEqual({ inFile: 1, added: 0, matchedById: 0, matchedByName: 1 });
    expect(plan.annotations.find((a) => a.id === "q1")?.speakerId).toBe("other-id");
    expect(plan.speakers).toEqual([
      { id: "other-id", name: "kamala harris ", aliases: ["Kamala Harris", "Harris"] },
    ]);
  });

  it("re-anchors annotations into a changed text and keeps the unplaceable ones as orphans", () => {
    const edited = text
      .replace("WASHINGTON — ", "WASHINGTON (Reuters) — ")
      .replace("strengthen our cooperation", "deepen ties");
    const changed: Article = { ...article, text: edited, textSha256: sha256Hex(edited) };
    const plan = planImport(
      full,
      { articles: [changed, imported], annotations: [], speakers: [] },
      "merge",
      "a.json",
    );
    expect(plan.summary.articles.textChanged).toBe(1);
    expect(plan.summary.annotations).toMatchObject({ reanchored: 1, orphans: 1 });
    const placed = plan.annotations.find((a) => a.id === "q1");
    expect(Array.from(edited).slice(placed?.start, placed?.end).join("")).toBe("We want to work with you");
    expect(plan.annotations.find((a) => a.id === "c1")).toMatchObject({
      orphan: true,
      exact: "strengthen our cooperation",
    });
    // An orphan is exported apart, and read back as an orphan.
    const exported = buildAnnotationSet({
      articles: [changed],
      annotations: plan.annotations.filter((a) => a.articleId === changed.id),
      speakers: [harris],
      exportedAt,
    });
    expect(exported.articles[0]?.orphans?.map((a) => a.id)).toEqual(["c1"]);
    const back = planImport(
      exported,
      { articles: [changed], annotations: [], speakers: [] },
      "merge",
      "b.json",
    );
    expect(back.annotations.find((a) => a.id === "c1")?.orphan).toBe(true);
  });

  it("carries every field of every record through a file: build, JSON, parse, plan", () => {
    // `Required` makes a field added to a record a compile error here until the test sets it. (A
    // placement to check is this library's, never in a file.)
    const placed: Required<Omit<Annotation, "orphan" | "review">> = {
      ...annotationOf(imported, "hello", "every-field"),
      moreFragments: [{ start: codePoint(26), end: codePoint(31), exact: "there" }],
      cue: { start: codePoint(14), end: codePoint(18), exact: "said" },
      source: { start: codePoint(10), end: codePoint(13), exact: "She" },
      kind: "direct",
      annotator: "Ana Ruiz",
      tag: "statistic",
      speakerId: "kh",
      note: "a note on “hello” 😀",
      createdAt: "2026-11-21T08:00:00.000Z",
      updatedAt: "2026-11-22T09:30:00.000Z",
    };
    const orphan: Required<Omit<Annotation, "review">> = {
      id: "every-field-orphan",
      articleId: imported.id,
      tag: "claim",
      start: codePoint(40),
      end: codePoint(52),
      exact: "an older text",
      prefix: "words before ",
      suffix: " words after",
      moreFragments: [{ start: codePoint(60), end: codePoint(64), exact: "text" }],
      cue: { start: codePoint(30), end: codePoint(34), exact: "says" },
      source: { start: codePoint(20), end: codePoint(24), exact: "They" },
      kind: "indirect",
      annotator: "gold",
      speakerId: "kh",
      note: "made on another version",
      createdAt: "2026-11-19T07:00:00.000Z",
      updatedAt: "2026-11-23T11:45:00.000Z",
      orphan: true,
    };
    const speaker: Required<Speaker> = { id: "kh", name: "Kamala Harris", aliases: ["Harris", "VP Harris"] };
    const file = JSON.stringify(
      buildAnnotationSet({
        articles: [imported],
        annotations: [placed, orphan],
        speakers: [speaker],
        exportedAt,
      }),
    );
    const parsed = parseAnnotationSet("every-field.json", file);
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = planImport(parsed.data, { articles: [], annotations: [], speakers: [] }, "merge", "a.json");
    expect(plan.articles).toStrictEqual([imported]);
    expect(plan.speakers).toStrictEqual([speaker]);
    expect(plan.annotations).toStrictEqual([placed, orphan]);
  });

  it("takes an annotation that differs in any one field as changed, and one equal in all as unchanged", () => {
    // One change per field but the id (which makes it another annotation); a field added to the record
    // is a compile error here until the test changes it too.
    // (A different articleId is another annotation's id, which an import never moves: see below.)
    const changes: { [K in Exclude<keyof Annotation, "id" | "articleId">]-?: Pick<Annotation, K> } = {
      tag: { tag: "claim" },
      start: { start: codePoint(quote.start + 1) },
      end: { end: codePoint(quote.end + 1) },
      exact: { exact: "other" },
      prefix: { prefix: "other" },
      suffix: { suffix: "other" },
      speakerId: { speakerId: null },
      moreFragments: {
        moreFragments: [{ start: codePoint(quote.end + 2), end: codePoint(quote.end + 4), exact: "x" }],
      },
      cue: { cue: { start: codePoint(0), end: codePoint(1), exact: "x" } },
      source: { source: { start: codePoint(0), end: codePoint(1), exact: "x" } },
      kind: { kind: "mixed" },
      annotator: { annotator: "Tom Okafor" },
      note: { note: "other" },
      createdAt: { createdAt: "2026-11-01T00:00:00.000Z" },
      review: { review: { exact: "other", prefix: "", suffix: "" } },
      updatedAt: { updatedAt: "2026-11-01T00:00:00.000Z" },
      orphan: { orphan: true },
    };
    for (const change of Object.values(changes)) {
      const library = {
        articles: [article, imported],
        annotations: [{ ...quote, ...change }],
        speakers: [harris],
      };
      const plan = planImport(full, library, "replace", "all.json");
      expect(plan.summary.annotations, JSON.stringify(change)).toMatchObject({ updated: 1, unchanged: 0 });
    }
    const library = { articles: [article, imported], annotations: [{ ...quote }], speakers: [harris] };
    expect(planImport(full, library, "replace", "all.json").summary.annotations).toMatchObject({
      updated: 0,
      unchanged: 1,
    });
  });

  it("never moves an annotation out of another article: one with a taken id is imported under a new id", () => {
    // The library has "h1" in an article the file does not hold; the file has an "h1" of its own.
    const otherText = "Another article, where someone said hello there too.\n";
    const other: Article = {
      ...imported,
      id: "other",
      title: "Other",
      text: otherText,
      textSha256: sha256Hex(otherText),
    };
    const elsewhere = annotationOf(other, "hello there", "h1");
    const library = { articles: [article, other], annotations: [elsewhere], speakers: [harris] };
    let n = 0;
    const plan = planImport(full, library, "merge", "all.json", () => `new-${++n}`);
    expect(plan.summary.annotations).toMatchObject({ added: 3, updated: 0, reassigned: 1 });
    const moved = plan.annotations.find((a) => a.exact === "hello there");
    expect(moved).toMatchObject({ id: "new-1", articleId: imported.id });
    expect(plan.annotations.map((a) => a.id)).not.toContain("h1");
    expect(plan.deleteAnnotationIds).toEqual([]);
    expect(describeImportSummary(plan.summary).join(" ")).toContain(
      "1 annotation has the id of an annotation of another article: it is imported under a new id",
    );
    // Replace mode as well: the other article's annotation is neither taken nor removed.
    const replaced = planImport(full, library, "replace", "all.json", () => "new-r");
    expect(replaced.annotations.find((a) => a.exact === "hello there")?.id).toBe("new-r");
    expect(replaced.deleteAnnotationIds).not.toContain("h1");
  });

  it("keeps every alias when several speakers of the file match one speaker of the library", () => {
    const file = buildAnnotationSet({
      articles: [article],
      annotations: [],
      speakers: [
        { id: "f1", name: "Kamala Harris", aliases: ["VP Harris"] },
        { id: "f2", name: "kamala harris", aliases: ["Madam Vice President"] },
      ],
      exportedAt,
    });
    const plan = planImport(
      file,
      { articles: [article], annotations: [], speakers: [harris] },
      "merge",
      "s.json",
    );
    expect(plan.speakers).toHaveLength(1);
    expect(plan.speakers[0]?.id).toBe("kh");
    expect(new Set(plan.speakers[0]?.aliases)).toEqual(
      new Set(["Harris", "VP Harris", "kamala harris", "Madam Vice President"]),
    );
  });

  it("decides which version is newer by the instant, not by the text of the time", () => {
    // 05:27 in Tokyo is 20:27 UTC the day before: older than 21:27 UTC, though its text sorts later.
    const library = {
      articles: [article, imported],
      annotations: [{ ...quote, note: "library", updatedAt: "2026-12-01T21:27:57.916Z" }],
      speakers: [harris],
    };
    const older = buildAnnotationSet({
      articles: [article],
      annotations: [{ ...quote, note: "file", updatedAt: "2026-12-02T05:27:57+09:00" }],
      speakers: [harris],
      exportedAt,
    });
    const parsed = parseAnnotationSet("tokyo.json", JSON.stringify(older));
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = planImport(parsed.data, library, "merge", "tokyo.json");
    expect(plan.summary.annotations).toMatchObject({ keptNewer: 1, updated: 0 });
    expect(plan.annotations).toEqual([]);
    // A library row with a time no parser reads counts as older than any real time.
    const broken = { ...library, annotations: [{ ...quote, note: "library", updatedAt: "9" }] };
    expect(planImport(parsed.data, broken, "merge", "tokyo.json").summary.annotations).toMatchObject({
      updated: 1,
    });
  });

  it("applies the file's annotations to the article the user chose, re-anchored in its text", () => {
    // The file's article is an earlier version of the Harris story, under an id the library lacks.
    const earlier = `WASHINGTON (AP) — ${text}`;
    const old: Article = {
      id: "imp_old",
      title: "WASHINGTON (AP)",
      source: "x",
      text: earlier,
      textSha256: sha256Hex(earlier),
    };
    const file = buildAnnotationSet({
      articles: [old],
      annotations: [annotationOf(old, "We want to work with you", "w1")],
      speakers: [],
      exportedAt,
    });
    const library = { articles: [article, imported], annotations: [], speakers: [] };
    const unchosen = planImport(file, library, "merge", "old.json");
    expect(unchosen.articles.map((a) => a.id)).toEqual(["imp_old"]);

    const chosen = planImport(
      file,
      library,
      "merge",
      "old.json",
      undefined,
      new Map([["imp_old", article.id]]),
    );
    expect(chosen.articles).toEqual([]);
    expect(chosen.summary.articles).toMatchObject({ added: 0, known: 1, textChanged: 1 });
    const [w1] = chosen.annotations;
    expect(w1).toMatchObject({ id: "w1", articleId: article.id, exact: "We want to work with you" });
    expect(text.slice(w1?.start, w1?.end)).toBe("We want to work with you");

    // "new" adds it beside the library's article of the same id, under an id of its own.
    const sameId = buildAnnotationSet({
      articles: [{ ...old, id: article.id }],
      annotations: [],
      speakers: [],
      exportedAt,
    });
    const added = planImport(
      sameId,
      library,
      "merge",
      "old.json",
      () => "fresh",
      new Map([[article.id, "new"]]),
    );
    expect(added.articles.map((a) => a.id)).toEqual(["fresh"]);
  });

  it("reports re-anchoring progress, and reuses the placements of a plan made before", () => {
    // 120 annotations made on an earlier version of the Harris article, whose text changed since.
    const earlier = `WASHINGTON (AP) — ${text}`;
    const old: Article = {
      id: article.id,
      title: "WASHINGTON",
      source: "x",
      text: earlier,
      textSha256: sha256Hex(earlier),
    };
    const words = [...new Set(earlier.match(/\p{L}{7,}/gu) ?? [])].slice(0, 120);
    const file = buildAnnotationSet({
      articles: [old],
      annotations: words.map((w, i) => annotationOf(old, w, `w${i}`)),
      speakers: [],
      exportedAt,
    });
    const library = { articles: [article], annotations: [], speakers: [] };
    const progress: [number, number][] = [];
    const placements = new Map();
    const first = planImport(file, library, "merge", "old.json", undefined, undefined, {
      onProgress: (done, total) => progress.push([done, total]),
      placements,
    });
    expect(progress).toEqual([
      [50, 120],
      [100, 120],
      [120, 120],
    ]);
    expect(placements.size).toBe(120);
    // The same plan again, from the cache: the same result.
    const again = planImport(file, library, "merge", "old.json", undefined, undefined, { placements });
    expect(again.annotations).toEqual(first.annotations);
    expect(again.summary).toEqual(first.summary);
    // A placement in the cache is taken from there, not made again: one marked unplaceable comes out an orphan.
    const [firstKey] = placements.keys();
    placements.set(firstKey, { ok: false, reason: "taken from the cache" });
    const cached = planImport(file, library, "merge", "old.json", undefined, undefined, { placements });
    expect(cached.summary.annotations.orphans).toBe(first.summary.annotations.orphans + 1);
  });
});
