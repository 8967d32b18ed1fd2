import type { Annotation, Article, Speaker } from "../types";
import { buildAnnotationSet, exportFileName } from "./annotationSet";
import { bratZip } from "./bratExport";
import { buildCsv } from "./csv";
import { buildW3cCollection } from "./w3c";

export type ExportFormat = TextExportFormat | "brat";
/** The formats written as one text file; brat is a zip of files (`exportArchive`). */
export type TextExportFormat = "json" | "w3c" | "csv" | "csv-raw";

/** What an export holds: articles with their annotations, and the speakers it may name. */
export interface ExportContent {
  articles: readonly Article[];
  annotations: readonly Annotation[];
  speakers: readonly Speaker[];
  /** The name the user gave themselves, written as the annotator of their own annotations. */
  ownName?: string | undefined;
}

/** A file ready to be handed to the browser: its name, its text and its media type. */
export interface ExportFile {
  name: string;
  text: string;
  type: string;
}

/**
 * The file of `content` in `format`; `scope` names it: an article id, or "all". A full backup
 * (`allSpeakers`) keeps every speaker; an article's export keeps the ones it names.
 */
export function exportFile(
  content: ExportContent,
  scope: string,
  format: TextExportFormat = "json",
  allSpeakers = false,
  exportedAt = new Date(),
): ExportFile {
  const named = new Set(content.annotations.map((a) => a.speakerId));
  const data = buildAnnotationSet({
    articles: content.articles,
    annotations: content.annotations,
    speakers: allSpeakers ? content.speakers : content.speakers.filter((s) => named.has(s.id)),
    exportedAt,
    ownName: content.ownName,
  });
  const base = exportFileName(scope, exportedAt);
  if (format === "json")
    return { name: base, text: `${JSON.stringify(data, null, 2)}\n`, type: "application/json" };
  if (format === "w3c") {
    const collection = buildW3cCollection(data, `Quote Annotator: ${scope}`);
    return {
      name: base.replace(/\.json$/, ".jsonld"),
      text: `${JSON.stringify(collection, null, 2)}\n`,
      type: "application/ld+json",
    };
  }
  if (format === "csv")
    return {
      name: base.replace(/\.json$/, ".csv"),
      text: buildCsv(data, "spreadsheet"),
      type: "text/csv;charset=utf-8",
    };
  return {
    name: base.replace(/\.json$/, "-raw.csv"),
    text: buildCsv(data, "raw"),
    type: "text/csv;charset=utf-8",
  };
}

/** A zip of brat standoff files: `NAME.txt` and `NAME.ann` per article (see bratExport.ts). */
export function exportArchive(
  content: ExportContent,
  scope: string,
  exportedAt = new Date(),
): { name: string; bytes: Uint8Array<ArrayBuffer>; type: string } {
  return {
    name: exportFileName(scope, exportedAt).replace(/\.json$/, "-brat.zip"),
    // fflate writes into a plain ArrayBuffer (never a shared one), which a Blob takes.
    bytes: bratZip(content).zip as Uint8Array<ArrayBuffer>,
    type: "application/zip",
  };
}
