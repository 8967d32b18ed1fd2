import { contentFragments } from "../attribution";
import type { Excerpt } from "../types";
import type { AnnotationSet } from "./annotationSet";

/**
 * The annotations as one CSV table (RFC 4180) for spreadsheets and pandas. Like the W3C view it is for
 * reading elsewhere, not for import: articles' texts and orphans (whose offsets index another version
 * of a text) stay in the JSON export only.
 */
export const CSV_COLUMNS = [
  "article_id",
  "article_title",
  "tag",
  "start",
  "end",
  "exact",
  "speaker",
  "note",
  // Added with format version 2, last so that the columns before it keep their places.
  "article_url",
  // Added with format version 3 (attributions), after the columns before them for the same reason.
  // `start`, `end` and `exact` are the content's first fragment; `fragments` lists every fragment as
  // START-END;START-END (brat's way) and `content` their words joined by " … ".
  "kind",
  "fragments",
  "content",
  "cue_start",
  "cue_end",
  "cue",
  "source_start",
  "source_end",
  "source",
  // Added with format version 4 (annotator layers): whose annotation it is, empty when unnamed.
  "annotator",
] as const;

/** Excel reads a file without a byte order mark as the system code page, mangling curly quotes and emoji. */
const BOM = "\uFEFF";
const CRLF = "\r\n";

/**
 * Who reads the file. A spreadsheet (Excel, LibreOffice, Google Sheets) runs a cell that starts with
 * `=`, `+`, `-` or `@` as a formula, and some also after a leading tab or CR, so an article or a note
 * could make it fetch a URL or run a command (CSV injection). For spreadsheets, such a cell gets a
 * leading `'`, OWASP's advice: the spreadsheet shows the text and runs nothing, but the cell is then one
 * character longer than the text, so `exact` no longer equals the article's span. Raw keeps every cell
 * as it is, for pandas, R and other tools that run nothing.
 */
export type CsvFlavour = "spreadsheet" | "raw";

/** The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One row per annotation, in export order (article, then start, end). `start`/`end` are code point
 * offsets, as in the JSON export; they are numbers the app writes, so never neutralised.
 */
export function buildCsv(data: AnnotationSet, flavour: CsvFlavour = "spreadsheet"): string {
  const speakerNames = new Map(data.speakers.map((s) => [s.id, s.name]));
  const text = flavour === "spreadsheet" ? neutralised : (value: string) => value;
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const article of data.articles) {
    for (const a of article.annotations) {
      const fragments = contentFragments(a);
      const speaker = a.speakerId === null ? "" : (speakerNames.get(a.speakerId) ?? "");
      rows.push([
        text(article.id),
        text(article.title),
        a.tag,
        String(a.start),
        String(a.end),
        text(a.exact),
        text(speaker),
        text(a.note),
        text(article.url ?? ""),
        a.kind ?? "",
        fragments.map((f) => `${f.start}-${f.end}`).join(";"),
        text(fragments.map((f) => f.exact).join(" … ")),
        ...excerptCells(a.cue, text),
        ...excerptCells(a.source, text),
        text(a.annotator ?? ""),
      ]);
    }
  }
  // RFC 4180 ends every record, the last one included, with CRLF.
  return BOM + rows.map((row) => row.map(csvField).join(",") + CRLF).join("");
}

function excerptCells(excerpt: Excerpt | undefined, text: (value: string) => string): string[] {
  return excerpt ? [String(excerpt.start), String(excerpt.end), text(excerpt.exact)] : ["", "", ""];
}

function neutralised(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Quotes only the fields that need it, so plain values stay readable in a text editor. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
