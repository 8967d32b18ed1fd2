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
] as const;

/** Excel reads a file without a byte order mark as the system code page, mangling curly quotes and emoji. */
const BOM = "\uFEFF";
const CRLF = "\r\n";

/**
 * One row per annotation, in export order (article, then start, end). `start`/`end` are code point
 * offsets, as in the JSON export. Values are written as they are, never prefixed against formula
 * injection: a quote starting with "=" or "-" is data, and changing it would break `exact` matching
 * the text. Whoever opens the file in a spreadsheet imports it as text.
 */
export function buildCsv(data: AnnotationSet): string {
  const speakerNames = new Map(data.speakers.map((s) => [s.id, s.name]));
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const article of data.articles) {
    for (const a of article.annotations) {
      const speaker = a.speakerId === null ? "" : (speakerNames.get(a.speakerId) ?? "");
      rows.push([article.id, article.title, a.tag, String(a.start), String(a.end), a.exact, speaker, a.note]);
    }
  }
  // RFC 4180 ends every record, the last one included, with CRLF.
  return BOM + rows.map((row) => row.map(csvField).join(",") + CRLF).join("");
}

/** Quotes only the fields that need it, so plain values stay readable in a text editor. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
