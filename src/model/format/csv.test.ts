import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { codePoint } from "../text";
import type { AnnotationSet, ExportedAnnotation } from "./annotationSet";
import { buildCsv, CSV_COLUMNS } from "./csv";

function annotation(
  id: string,
  start: number,
  end: number,
  exact: string,
  extra: Partial<ExportedAnnotation> = {},
): ExportedAnnotation {
  return {
    id,
    tag: "quote",
    start: codePoint(start),
    end: codePoint(end),
    exact,
    prefix: "",
    suffix: "",
    speakerId: null,
    note: "",
    createdAt: "2026-11-20T09:00:00.000Z",
    updatedAt: "2026-11-20T09:00:00.000Z",
    ...extra,
  };
}

function exportOf(articles: AnnotationSet["articles"]): AnnotationSet {
  return {
    format: "quote-annotator",
    version: 4,
    exportedAt: "2026-11-23T10:00:00.000Z",
    speakers: [{ id: "kh", name: "Kamala Harris", aliases: [] }],
    articles,
  };
}

function article(
  id: string,
  title: string,
  annotations: ExportedAnnotation[],
): AnnotationSet["articles"][number] {
  return { id, title, source: `articles/${id}.txt`, textSha256: "0".repeat(64), text: "", annotations };
}

const data = exportOf([
  article("000_a", "Harris, in Guatemala: “Do not come”", [
    annotation("1", 3, 17, "“Do not come.”", { speakerId: "kh", note: "Said twice, see video." }),
    annotation("2", 20, 30, 'He said "no"', { tag: "claim", note: 'Quote "inside", and, commas' }),
    annotation("3", 40, 42, "🇬🇹🎉", { tag: "statistic", note: "line one\nline two" }),
    annotation("4", 50, 60, "=SUM(A1)", { tag: "speaker", speakerId: "kh", note: "windows\r\nline\rbreaks" }),
  ]),
  article("001_b", "Plain title", [annotation("5", 0, 5, "Plain")]),
]);

const HEADER =
  "article_id,article_title,tag,start,end,exact,speaker,note,article_url," +
  "kind,fragments,content,cue_start,cue_end,cue,source_start,source_end,source,annotator";

/** Reads `csv` as a spreadsheet would, after checking the BOM and the final CRLF RFC 4180 asks for. */
function parse(csv: string): string[][] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  expect(csv.endsWith("\r\n")).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1, -2), { newline: "\r\n", header: false });
  expect(result.errors).toEqual([]);
  return result.data;
}

function expectedRows(input: AnnotationSet): string[][] {
  return input.articles.flatMap((a) =>
    a.annotations.map((n) => [
      a.id,
      a.title,
      n.tag,
      String(n.start),
      String(n.end),
      n.exact,
      n.speakerId === null ? "" : "Kamala Harris",
      n.note,
      a.url ?? "",
      n.kind ?? "",
      `${n.start}-${n.end}`,
      n.exact,
      "",
      "",
      "",
      "",
      "",
      "",
      n.annotator ?? "",
    ]),
  );
}

describe("buildCsv: attributions", () => {
  it("writes the kind, every fragment, the content's words, and the cue and source with their offsets", () => {
    const input = exportOf([
      article("a", "t", [
        annotation("1", 1, 13, "“We will win,", {
          moreFragments: [{ start: codePoint(23), end: codePoint(33), exact: "“and soon.”" }],
          cue: { start: codePoint(17), end: codePoint(21), exact: "said" },
          source: { start: codePoint(14), end: codePoint(16), exact: "he" },
          kind: "direct",
        }),
      ]),
    ]);
    const [header, row] = parse(buildCsv(input, "raw"));
    const cells = Object.fromEntries((header ?? []).map((column, i) => [column, row?.[i]]));
    expect(cells).toMatchObject({
      start: "1",
      end: "13",
      exact: "“We will win,",
      kind: "direct",
      fragments: "1-13;23-33",
      content: "“We will win, … “and soon.”",
      cue_start: "17",
      cue_end: "21",
      cue: "said",
      source_start: "14",
      source_end: "16",
      source: "he",
    });
  });
});

describe("buildCsv: the annotator", () => {
  it("is the last column, empty for the user's own unnamed work", () => {
    expect(CSV_COLUMNS[CSV_COLUMNS.length - 1]).toBe("annotator");
    const input = exportOf([
      article("a", "t", [annotation("1", 0, 1, "x", { annotator: "Ana Ruiz" }), annotation("2", 2, 3, "y")]),
    ]);
    expect(parse(buildCsv(input)).map((row) => row[row.length - 1])).toEqual(["annotator", "Ana Ruiz", ""]);
  });
});

describe("buildCsv: the article's address", () => {
  it("comes after the columns of version 1, so they stay where they were, and is empty when unknown", () => {
    expect(CSV_COLUMNS.indexOf("article_url")).toBe(8);
    const url = "https://www.example.org/story?id=1&page=2";
    const input = exportOf([
      { ...article("a", "With address", [annotation("1", 0, 1, "x")]), url },
      article("b", "Without", [annotation("2", 0, 1, "y")]),
    ]);
    expect(parse(buildCsv(input)).map((row) => row[8])).toEqual(["article_url", url, ""]);
  });
});

describe("buildCsv", () => {
  it("reads back through papaparse field for field, quotes, commas, line breaks and emoji included", () => {
    expect(parse(buildCsv(data, "raw"))).toEqual([[...CSV_COLUMNS], ...expectedRows(data)]);
  });

  it("writes the exact bytes: BOM, header, CRLF after every record, quotes only where needed", () => {
    const small = exportOf([
      article("001_b", "Plain title", [
        annotation("5", 0, 5, "Plain", { speakerId: "kh" }),
        annotation("6", 6, 9, "a,b", { tag: "claim", note: 'x "y"\nz' }),
      ]),
    ]);
    expect(buildCsv(small)).toBe(
      `\uFEFF${HEADER}\r\n` +
        "001_b,Plain title,quote,0,5,Plain,Kamala Harris,,,,0-5,Plain,,,,,,,\r\n" +
        '001_b,Plain title,claim,6,9,"a,b",,"x ""y""\nz",,,6-9,"a,b",,,,,,,\r\n',
    );
  });

  // papaparse reads a lone CR in an unquoted field as data, so only the bytes show that it is quoted.
  it("quotes a field holding a lone CR, as RFC 4180 asks", () => {
    const input = exportOf([article("a", "t", [annotation("1", 0, 1, "x", { note: "a\rb" })])]);
    expect(buildCsv(input).split("\r\n")[1]).toBe('a,t,quote,0,1,x,,"a\rb",,,0-1,x,,,,,,,');
  });

  it("writes only the header for an export without annotations", () => {
    expect(buildCsv(exportOf([article("001_b", "Plain title", [])]))).toBe(`\uFEFF${HEADER}\r\n`);
  });

  it("neutralises cells a spreadsheet would run as formulas with a leading ', as OWASP advises", () => {
    const risky = ["=SUM(A1)", "+1 555", "-2 points", "@cmd", "\tindented", "\rcarriage"];
    const input = exportOf([
      article('=HYPERLINK("x")', "@title", [
        annotation("1", 0, 1, risky[0] ?? "", { note: risky[1], speakerId: "ev" }),
        ...risky.slice(2).map((text, i) => annotation(`r${i}`, i + 2, i + 3, text, { note: text })),
        annotation("safe", 9, 10, "Plain “=” inside", { note: "a=b, 'quoted'" }),
      ]),
    ]);
    input.speakers.push({ id: "ev", name: "-Evil", aliases: [] });
    const rows = parse(buildCsv(input));
    expect(rows.slice(1).map((row) => [row[0], row[1], row[5], row[6], row[7]])).toEqual([
      ['\'=HYPERLINK("x")', "'@title", "'=SUM(A1)", "'-Evil", "'+1 555"],
      ['\'=HYPERLINK("x")', "'@title", "'-2 points", "", "'-2 points"],
      ['\'=HYPERLINK("x")', "'@title", "'@cmd", "", "'@cmd"],
      ['\'=HYPERLINK("x")', "'@title", "'\tindented", "", "'\tindented"],
      ['\'=HYPERLINK("x")', "'@title", "'\rcarriage", "", "'\rcarriage"],
      ['\'=HYPERLINK("x")', "'@title", "Plain “=” inside", "", "a=b, 'quoted'"],
    ]);
    // Offsets are numbers the app writes, never text to neutralise.
    expect(rows[1]?.slice(3, 5)).toEqual(["0", "1"]);
    // Raw, for pandas and other tools that run nothing: every cell as it is.
    const raw = parse(buildCsv(input, "raw"));
    expect(raw.slice(1).map((row) => row[5])).toEqual([risky[0], ...risky.slice(2), "Plain “=” inside"]);
    expect(raw[1]?.[0]).toBe('=HYPERLINK("x")');
  });

  it("writes an empty speaker for an id that names no listed speaker", () => {
    const input = exportOf([article("a", "t", [annotation("1", 0, 1, "x", { speakerId: "gone" })])]);
    expect(parse(buildCsv(input))[1]?.[6]).toBe("");
  });

  it("round-trips any title, exact and note", () => {
    // Mostly the characters that need quoting, so that nearly every run puts them side by side.
    const risky = fc.string({ unit: fc.constantFrom(",", '"', "\r", "\n", "a", " ", "=", "🎉", "“") });
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), risky, risky, (title, exact, note) => {
        const input = exportOf([article("a", title, [annotation("1", 0, 1, exact, { note })])]);
        expect(parse(buildCsv(input, "raw"))).toEqual([[...CSV_COLUMNS], ...expectedRows(input)]);
        // For spreadsheets, a cell differs only by the ' before a formula's first character.
        const neutralised = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
        expect(parse(buildCsv(input))).toEqual([
          [...CSV_COLUMNS],
          ...expectedRows(input).map((row) => row.map(neutralised)),
        ]);
      }),
    );
  });
});
