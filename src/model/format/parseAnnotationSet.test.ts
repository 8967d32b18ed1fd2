import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../articleFile";
import { codePoint } from "../text";
import { buildAnnotationSet } from "./annotationSet";
import { MAX_IMPORT_BYTES, parseAnnotationSet } from "./parseAnnotationSet";

const fixtures = new URL("./fixtures/", import.meta.url);
const read = (path: string) => new Uint8Array(readFileSync(new URL(path, fixtures)));

/** Each malformed file and the message it must get: the file's name comes first, then what is wrong and where. */
const EXPECTED: Record<string, string> = {
  "01-empty.json": "the file is empty",
  "02-whitespace.json": "only blank space",
  "03-binary.json": "binary file, not JSON",
  "04-latin1.json": "not UTF-8 text",
  "05-truncated.json": "not valid JSON (it ends too early, at line 1)",
  "06-trailing-comma.json": "not valid JSON (line 1, column",
  "07-not-object.json": "not a Quote Annotator export",
  "08-string.json": "not a Quote Annotator export",
  "09-other-tool.json": 'its "format" is missing',
  "10-w3c-collection.json": 'its "format" is missing',
  "11-future-version.json":
    "written by a newer version of Quote Annotator (format version 5; this app reads up to 4)",
  "12-version-string.json": '"version" must be a whole number ≥ 1 (found "1")',
  "13-missing-version.json": '"version" must be a whole number ≥ 1 (found nothing)',
  "14-missing-articles.json": "articles: ",
  "15-missing-exact.json": "articles[0].annotations[0].exact: ",
  "16-bad-tag.json": "articles[0].annotations[0].tag: ",
  "17-start-string.json": "articles[0].annotations[0].start: ",
  "18-negative-start.json": "articles[0].annotations[0].start: expected a number ≥ 0",
  "19-fractional-end.json": "articles[0].annotations[0].end: expected a whole number",
  "20-end-past-text.json":
    "articles[0].annotations[0].end: 10000 is past the end of the text (79 code points)",
  "21-start-after-end.json": "articles[0].annotations[0]: start (55) must be less than end (40)",
  "22-exact-mismatch.json":
    'articles[0].annotations[0].exact: does not match the text at 40–55 ("we will act now")',
  "23-offsets-shifted.json": "articles[0].annotations[0].exact: does not match the text at 41–56",
  "24-duplicate-annotation-id.json": 'articles[0].annotations[1].id: duplicate id "a1"',
  "25-duplicate-article-id.json": 'articles[1].id: duplicate id "imp_fixture"',
  "26-duplicate-speaker-id.json": 'speakers[1].id: duplicate id "sp1"',
  "27-dangling-speaker.json": 'articles[0].annotations[0].speakerId: names no speaker of the file ("nobody")',
  "28-sha-mismatch.json": "articles[0].textSha256: does not match the SHA-256 of the article's text",
  "29-sha-not-hex.json": "articles[0].textSha256: expected 64 hex digits",
  "30-empty-text.json": "articles[0].text: the article text is empty",
  "31-bad-date.json": "articles[0].annotations[0].createdAt: expected an ISO 8601 date and time",
  "32-speaker-without-name.json": "speakers[0].name: ",
  "33-aliases-not-array.json": "speakers[0].aliases: ",
  "34-annotations-object.json": "articles[0].annotations: ",
  "35-wrong-format-name.json": 'its "format" is "quote-annotater"',
  "36-json-with-bom-garbage.json": "not valid JSON",
  "37-time-a-number.json":
    'articles[0].annotations[0].updatedAt: expected an ISO 8601 date and time with a time zone, such as "2026-11-20T10:00:00.000Z" (found "9")',
  "38-date-without-time.json":
    'articles[0].annotations[1].createdAt: expected an ISO 8601 date and time with a time zone, such as "2026-11-20T10:00:00.000Z" (found "2026-11-20")',
  "39-cr-in-text.json":
    "articles[0].text: the text has carriage returns (CR); the format's line breaks are LF only",
  "40-blank-title.json": "articles[0].title: the title is empty",
  "41-blank-speaker-name.json": "speakers[0].name: the name is empty",
  "42-blank-alias.json": "speakers[0].aliases[1]: the alias is empty",
  "44-url-not-web.json": "articles[0].url: expected an http or https address",
  "45-published-not-instant.json":
    'articles[0].publishedAt: expected an ISO 8601 date and time with a time zone, such as "2026-11-20T10:00:00.000Z" (found "19 November 2026")',
  "47-cue-elsewhere.json": 'articles[0].annotations[0].cue.exact: does not match the text at 34–38 ("said")',
  "48-fragments-overlap.json":
    "articles[0].annotations[0].moreFragments[0].start: 44 must come after the fragment before it (which ends at 47)",
  "49-unknown-kind.json": "articles[0].annotations[0].kind: ",
  "46-blank-byline.json": "articles[0].byline: the byline is empty",
  "43-utf16-broken.json":
    "this file is UTF-16 text with a broken character (an odd byte or a lone surrogate); save it as UTF-8",
};

describe("reading annotation sets", () => {
  it("reads a valid version 1 file", () => {
    const result = parseAnnotationSet("minimal-v1.json", read("valid/minimal-v1.json"));
    if (!result.ok) throw new Error(result.error);
    expect(result.data.articles[0]?.annotations.map((a) => a.exact)).toEqual([
      "we will act now",
      "The minister",
    ]);
  });

  it("reads a version 1 file as the current version: the same data, without article metadata", () => {
    const result = parseAnnotationSet("minimal-v1.json", read("valid/minimal-v1.json"));
    if (!result.ok) throw new Error(result.error);
    expect(result.data.version).toBe(4);
    const v1 = JSON.parse(new TextDecoder().decode(read("valid/minimal-v1.json")));
    expect(result.data).toEqual({ ...v1, version: 4 });
    expect(Object.keys(result.data.articles[0] ?? {})).not.toContain("url");
  });

  it("reads a valid version 3 file: a quote in two fragments with its cue, source and kind", () => {
    const result = parseAnnotationSet("minimal-v3.json", read("valid/minimal-v3.json"));
    if (!result.ok) throw new Error(result.error);
    const [quote] = result.data.articles[0]?.annotations ?? [];
    expect(quote).toMatchObject({
      start: 40,
      end: 47,
      exact: "we will",
      moreFragments: [{ start: 48, end: 55, exact: "act now" }],
      cue: { start: 34, end: 38, exact: "said" },
      source: { start: 21, end: 33, exact: "The minister" },
      kind: "direct",
    });
  });

  it("reads a version 2 file as version 4 with nothing added to its annotations", () => {
    const result = parseAnnotationSet("minimal-v2.json", read("valid/minimal-v2.json"));
    if (!result.ok) throw new Error(result.error);
    const v2 = JSON.parse(new TextDecoder().decode(read("valid/minimal-v2.json")));
    expect(result.data).toEqual({ ...v2, version: 4 });
  });

  it("reads a version 3 file as version 4, its annotations naming no annotator", () => {
    const result = parseAnnotationSet("minimal-v3.json", read("valid/minimal-v3.json"));
    if (!result.ok) throw new Error(result.error);
    const v3 = JSON.parse(new TextDecoder().decode(read("valid/minimal-v3.json")));
    expect(result.data).toEqual({ ...v3, version: 4 });
    expect(result.data.articles[0]?.annotations.some((a) => "annotator" in a)).toBe(false);
  });

  it("reads a valid version 4 file: each annotation with its annotator, or none", () => {
    const result = parseAnnotationSet("minimal-v4.json", read("valid/minimal-v4.json"));
    if (!result.ok) throw new Error(result.error);
    expect(result.data.articles[0]?.annotations.map((a) => a.annotator)).toEqual([
      "Ana Ruiz",
      "gold",
      undefined,
    ]);
  });

  it("refuses an empty annotator name, naming where it is", () => {
    const v4 = JSON.parse(new TextDecoder().decode(read("valid/minimal-v4.json")));
    v4.articles[0].annotations[0].annotator = " ";
    const result = parseAnnotationSet("v4.json", JSON.stringify(v4));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain("annotator");
  });

  it("reads a valid version 2 file with the article's byline, publication time, site and address", () => {
    const result = parseAnnotationSet("minimal-v2.json", read("valid/minimal-v2.json"));
    if (!result.ok) throw new Error(result.error);
    expect(result.data.articles[0]).toMatchObject({
      title: "Headline of the day",
      byline: "Ana Ruiz",
      publishedAt: "2026-11-19T08:30:00.000Z",
      siteName: "The Daily Planet",
      url: "https://dailyplanet.example/2026/11/19/headline-of-the-day",
    });
    // A version 1 file with these fields is read as version 1 says: they are not part of it.
    const v2 = JSON.parse(new TextDecoder().decode(read("valid/minimal-v2.json")));
    const asV1 = parseAnnotationSet("v1.json", JSON.stringify({ ...v2, version: 1 }));
    if (!asV1.ok) throw new Error(asV1.error);
    expect(asV1.data.articles[0]?.url).toBeUndefined();
  });

  it("reads a publication time with any zone as the instant it names, in UTC", () => {
    const v2 = JSON.parse(new TextDecoder().decode(read("valid/minimal-v2.json")));
    v2.articles[0].publishedAt = "2026-11-19T09:30:00+01:00";
    const result = parseAnnotationSet("zone.json", JSON.stringify(v2));
    expect(result).toMatchObject({
      ok: true,
      data: { articles: [{ publishedAt: "2026-11-19T08:30:00.000Z" }] },
    });
  });

  it("reads what the app exports, emoji offsets included, and catches a wrong hash", () => {
    const text = "Title 😀\n\n“Quote 𠀋 here,” she said.\n";
    const chars = Array.from(text);
    const start = codePoint(chars.indexOf("“") + 1);
    const end = codePoint(start + Array.from("Quote 𠀋 here").length);
    const article = { id: "x", title: "Title 😀", source: "s", text, textSha256: sha256Hex(text) };
    const annotation = {
      id: "q",
      articleId: "x",
      tag: "quote" as const,
      start,
      end,
      exact: "Quote 𠀋 here",
      prefix: chars.slice(0, start).join(""),
      suffix: chars.slice(end).join(""),
      speakerId: null,
      note: "",
      createdAt: "2026-11-25T00:00:00.000Z",
      updatedAt: "2026-11-25T00:00:00.000Z",
    };
    const exported = buildAnnotationSet({
      articles: [article],
      annotations: [annotation],
      speakers: [],
      exportedAt: new Date(),
    });
    const result = parseAnnotationSet("ok.json", JSON.stringify(exported));
    expect(result).toMatchObject({
      ok: true,
      data: { articles: [{ annotations: [{ start: 10, end: 22 }] }] },
    });
    exported.articles[0] = { ...article, textSha256: sha256Hex("other"), annotations: [] };
    expect(parseAnnotationSet("x.json", JSON.stringify(exported))).toMatchObject({
      ok: false,
      error: "x.json: articles[0].textSha256: does not match the SHA-256 of the article's text",
    });
  });

  it("reads a UTF-16 file, as Windows tools save one, as the same data as its UTF-8 original", () => {
    const text = new TextDecoder().decode(read("valid/minimal-v1.json"));
    const le = Uint8Array.from(
      Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)).flatMap((u) => [u & 0xff, u >> 8]),
    );
    const be = le.map((_, i) => le[i ^ 1] ?? 0);
    const original = parseAnnotationSet("utf8.json", text);
    expect(original.ok).toBe(true);
    for (const bytes of [
      Uint8Array.from([0xff, 0xfe, ...le]),
      Uint8Array.from([0xfe, 0xff, ...be]),
      le,
      be,
    ]) {
      expect(parseAnnotationSet("utf16.json", bytes)).toEqual(original);
    }
  });

  const files = readdirSync(new URL("malformed/", fixtures)).sort();
  it("has a corpus of at least 30 malformed files, each with its expected message", () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const file of files) {
    it(`refuses ${file} with a clear message naming the file`, () => {
      const result = parseAnnotationSet(file, read(`malformed/${file}`));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.startsWith(`${file}: `)).toBe(true);
      expect(result.error).toContain(EXPECTED[file]);
    });
  }

  it("reads times with any time zone as the instant they name, stored in UTC", () => {
    const data = JSON.parse(new TextDecoder().decode(read("valid/minimal-v1.json")));
    data.exportedAt = "2026-11-25T11:00:00+01:00";
    data.articles[0].annotations[0].createdAt = "2026-12-02T05:27:57+09:00";
    data.articles[0].annotations[0].updatedAt = "2026-12-01T21:27:57.916-0130";
    data.articles[0].annotations[1].updatedAt = "2026-11-20T10:00Z";
    const result = parseAnnotationSet("zones.json", JSON.stringify(data));
    if (!result.ok) throw new Error(result.error);
    expect(result.data.exportedAt).toBe("2026-11-25T10:00:00.000Z");
    const [first, second] = result.data.articles[0]?.annotations ?? [];
    expect(first?.createdAt).toBe("2026-12-01T20:27:57.000Z");
    expect(first?.updatedAt).toBe("2026-12-01T22:57:57.916Z");
    expect(second?.updatedAt).toBe("2026-11-20T10:00:00.000Z");
  });

  it("refuses a time that names no real instant", () => {
    const data = JSON.parse(new TextDecoder().decode(read("valid/minimal-v1.json")));
    data.articles[0].annotations[0].updatedAt = "2026-13-40T25:00:00Z";
    expect(parseAnnotationSet("x.json", JSON.stringify(data))).toMatchObject({
      ok: false,
      error: expect.stringContaining(
        "articles[0].annotations[0].updatedAt: expected an ISO 8601 date and time",
      ),
    });
  });

  it("refuses a 200 MB file by its size, before reading it", () => {
    const result = parseAnnotationSet("huge.json", "", 200 * 1024 * 1024);
    expect(result).toEqual({
      ok: false,
      error: "huge.json: the file is too large (200 MB; the limit is 100 MB).",
    });
    expect(MAX_IMPORT_BYTES).toBe(100 * 1024 * 1024);
  });

  it("lists at most five problems and counts the rest", () => {
    const data = JSON.parse(new TextDecoder().decode(read("valid/minimal-v1.json")));
    const base = data.articles[0].annotations[0];
    data.articles[0].annotations = Array.from({ length: 8 }, (_, i) => ({ ...base, id: `b${i}`, start: -1 }));
    const result = parseAnnotationSet("many.json", JSON.stringify(data));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/; and 3 more problems$/) });
  });
});
