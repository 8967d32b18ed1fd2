import { describe, expect, it } from "vitest";
import { sha256Hex } from "../articleFile";
import { spanLine, TEXT } from "../testing/bratFixture";
import { AS_LAYERS, bratAnnotationSet, bratFilesToRead, droppedCarriageReturns } from "./bratImport";
import { pairBratFiles } from "./bratPairing";
import { parseAnnotationSet } from "./parseAnnotationSet";

const encode = (text: string) => new TextEncoder().encode(text);
const file = (path: string, text: string) => ({
  path,
  bytes: encode(text),
  modifiedAt: "2026-11-30T09:00:00.000Z",
});
const QUOTE = [
  spanLine("T1", "Source", ["the mayor"]),
  spanLine("T2", "Cue", ["said"]),
  spanLine("T3", "Content", ["We will build it,", "and soon."]),
  spanLine("T4", "Attribution", ["said"]),
  "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
  spanLine("T5", "Discard", ["Council"]),
].join("\n");

describe("a choice of brat files as an annotation set", () => {
  it("reads the chosen files into articles of the export format, and reports what it did not take", () => {
    const other = "Another story\n\nNothing said here.\n";
    const { set, report } = bratAnnotationSet(
      [
        { text: file("dev/text/council.txt", TEXT), ann: file("dev/attributions/council_ab.ann", QUOTE) },
        { text: file("dev/text/other.txt", other), ann: null },
        {
          text: file("dev/text/broken.txt", TEXT),
          ann: file("dev/attributions/broken_ab.ann", "T1\tCue 0 4\tsaid"),
        },
      ],
      new Date("2026-12-01T10:00:00.000Z"),
    );
    expect(set.articles.map((a) => [a.id, a.title, a.source, a.annotations.length])).toEqual([
      [`imp_${sha256Hex(TEXT).slice(0, 16)}`, "Council votes on transit plan", "import:council.txt", 1],
      [`imp_${sha256Hex(other).slice(0, 16)}`, "Another story", "import:other.txt", 0],
    ]);
    expect(report).toEqual({
      files: 3,
      articles: 2,
      annotations: 1,
      unused: { "Discard span": 1 },
      problems: [
        "dev/attributions/broken_ab.ann does not fit broken.txt: not imported, nor its text (1 problem)",
        "broken_ab.ann line 1: T1 says “said” but the text there is “Coun”",
      ],
      notices: [],
    });
    // What the import pipeline reads: a valid file of this version, every excerpt where it says.
    const parsed = parseAnnotationSet("brat", JSON.stringify(set));
    expect(parsed.ok ? parsed.data : parsed.error).toEqual(set);
  });

  it("says which files are left out before reading: no text, other annotators, other files", () => {
    const pairing = pairBratFiles(
      ["a.txt", "a_x.ann", "a_y.ann", "b.txt", "b_y.ann", "c.txt", "lost_x.ann", "notes.md"].map((path) => ({
        path,
      })),
    );
    const chosen = bratFilesToRead(pairing, "x");
    expect(chosen.articles.map((a) => [a.text.path, a.ann?.path ?? null])).toEqual([
      ["a.txt", "a_x.ann"],
      ["b.txt", "b_y.ann"],
      ["c.txt", null],
    ]);
    expect(chosen.problems).toEqual([
      "lost_x.ann: no text of this name (NAME.txt for NAME.ann or NAME_annotator.ann): not imported",
      "notes.md: neither .txt nor .ann: not read",
    ]);
    expect(chosen.notices).toEqual(["c.txt: no .ann file, imported as an article with no annotations"]);
    expect(bratFilesToRead(pairing, "z").problems[0]).toBe(
      "a.txt: annotated by x, y, not by z: not imported",
    );
  });

  it("finds spans of a file with CRLF line endings where brat counts them, in the text with LF", () => {
    const crlf = TEXT.replace(/\n/g, "\r\n");
    // brat's offsets count each CR: the file's spans are written over the CRLF text.
    const ann = [
      spanLine("T1", "Content", ["the vote was close"], crlf),
      spanLine("T2", "Speaker", ["𝒜na Ruiz"], crlf),
    ];
    expect(droppedCarriageReturns(encode(crlf))).toEqual([29, 78, 125]);
    const { set, report } = bratAnnotationSet(
      [{ text: file("c.txt", crlf), ann: file("c.ann", ann.join("\r\n")) }],
      new Date(),
    );
    expect(report.problems).toEqual([]);
    expect(set.articles[0]?.text).toBe(TEXT);
    expect(set.articles[0]?.annotations.map((a) => [a.tag, a.exact])).toEqual([
      ["quote", "the vote was close"],
      ["speaker", "𝒜na Ruiz"],
    ]);
  });

  it("keeps one article for two files of the same text", () => {
    const { set, report } = bratAnnotationSet(
      [
        { text: file("one/a.txt", TEXT), ann: file("one/a.ann", spanLine("T1", "Speaker", ["the mayor"])) },
        { text: file("two/a.txt", TEXT), ann: file("two/a.ann", spanLine("T1", "Quote", ["and soon."])) },
      ],
      new Date(),
    );
    expect(set.articles).toHaveLength(1);
    expect(set.articles[0]?.annotations.map((a) => a.tag)).toEqual(["speaker", "quote"]);
    expect(report.notices).toEqual(["two/a.txt has the same text as a.txt: one article"]);
  });

  it("reads every annotator's file of a text as that annotator's layer of one article", () => {
    const pairing = pairBratFiles(
      ["a.txt", "a_x.ann", "a_y.ann", "b.txt", "b.ann"].map((path) => ({ path })),
    );
    const chosen = bratFilesToRead(pairing, AS_LAYERS);
    expect(chosen.articles.map((a) => [a.text.path, a.ann?.path, a.annotator])).toEqual([
      ["a.txt", "a_x.ann", "x"],
      ["a.txt", "a_y.ann", "y"],
      ["b.txt", "b.ann", undefined],
    ]);
    const quote = spanLine("T1", "Quote", ["and soon."]);
    const { set, report } = bratAnnotationSet(
      [
        { text: file("a.txt", TEXT), ann: file("a_x.ann", quote), annotator: "x" },
        { text: file("a.txt", TEXT), ann: file("a_y.ann", quote), annotator: "y" },
      ],
      new Date("2026-12-02T00:00:00.000Z"),
    );
    expect(set.articles).toHaveLength(1);
    expect(set.articles[0]?.annotations.map((a) => a.annotator)).toEqual(["x", "y"]);
    // Two annotations of the same words, one in each layer: not one annotation twice.
    expect(new Set(set.articles[0]?.annotations.map((a) => a.id)).size).toBe(2);
    expect(report).toMatchObject({ files: 3, articles: 1, annotations: 2, notices: [] });
  });
});
