import { decodeArticleText, titleOf } from "../articleFile";
import { importedArticle } from "../articleImport";
import { decodeTextBytes } from "../textBytes";
import { type AnnotationSet, EXPORT_FORMAT, EXPORT_VERSION, type ExportedArticle } from "./annotationSet";
import { annotationsFromBrat } from "./bratAnnotations";
import { type BratPairing, type BratPath, chosenAnnFile } from "./bratPairing";

/**
 * A choice of brat files as an annotation set of the export format, so that the import pipeline of
 * annotation files (articles matched by text, one transaction, one undo step, progress) does the rest.
 */

/** What the import of a choice did, shown before it is written and after. */
export interface BratImportReport {
  /** Files read: texts and the `.ann` files taken. */
  files: number;
  articles: number;
  annotations: number;
  /** What the files hold that no annotation took, by kind, over all files. */
  unused: Record<string, number>;
  /** Files not imported and why, each naming the file (and line). */
  problems: string[];
  /** Things done that the user should know of (a text with no `.ann`, a cue in fragments). */
  notices: string[];
}

/** The files of one article to read: its text, and the `.ann` file chosen for it, if any. */
export interface BratArticleFiles<F> {
  text: F;
  ann: F | null;
  /** Whose layer the file's annotations go to; absent: the importing user's own work. */
  annotator?: string;
}

/** The choice that imports every annotator's files, each as that annotator's layer. */
export const AS_LAYERS = Symbol("every annotator as a layer");

/**
 * The files to read for `annotator` (undefined: none chosen; a text with one file takes it anyway),
 * and what will not be imported and why. A text with several files but none by the chosen annotator
 * is left out rather than given someone else's judgement unasked.
 */
export function bratFilesToRead<F extends BratPath>(
  pairing: BratPairing<F>,
  annotator: string | null | undefined | typeof AS_LAYERS,
): { articles: BratArticleFiles<F>[]; problems: string[]; notices: string[] } {
  const articles: BratArticleFiles<F>[] = [];
  const problems: string[] = [];
  const notices: string[] = [];
  for (const article of pairing.articles) {
    if (annotator === AS_LAYERS && article.annotations.length > 0) {
      // Every file, each as its annotator's layer (a file with no annotator's name is the user's own).
      for (const file of article.annotations)
        articles.push({
          text: article.text,
          ann: file.file,
          ...(file.annotator === null ? {} : { annotator: file.annotator }),
        });
      continue;
    }
    const one = annotator === AS_LAYERS ? undefined : annotator;
    const chosen = chosenAnnFile(article, one);
    if (chosen === "not-chosen") {
      const names = article.annotations.map((a) => a.annotator ?? "(no name)").join(", ");
      problems.push(
        `${article.text.path}: annotated by ${names}${one === undefined ? "" : `, not by ${one ?? "(no name)"}`}: not imported`,
      );
    } else if (chosen === "none") {
      notices.push(`${article.text.path}: no .ann file, imported as an article with no annotations`);
      articles.push({ text: article.text, ann: null });
    } else articles.push({ text: article.text, ann: chosen.file });
  }
  for (const ann of pairing.annWithoutText)
    problems.push(
      `${ann.path}: no text of this name (NAME.txt for NAME.ann or NAME_annotator.ann): not imported`,
    );
  for (const other of pairing.ignored) problems.push(`${other.path}: neither .txt nor .ann: not read`);
  return { articles, problems, notices };
}

/** A file as read: its path (for messages), its bytes, and when it was last changed (ISO 8601). */
export interface BratFileBytes {
  path: string;
  bytes: Uint8Array;
  modifiedAt: string;
}

/** The annotation set of `articles`, and the report of what was and was not taken. */
export function bratAnnotationSet(
  articles: readonly BratArticleFiles<BratFileBytes>[],
  exportedAt: Date,
  onProgress?: (done: number, total: number) => void,
): { set: AnnotationSet; report: BratImportReport } {
  const report: BratImportReport = {
    files: 0,
    articles: 0,
    annotations: 0,
    unused: {},
    problems: [],
    notices: [],
  };
  const byText = new Map<string, ExportedArticle>();
  articles.forEach(({ text, ann, annotator }, i) => {
    onProgress?.(i, articles.length);
    const decoded = decodeArticleText(text.bytes);
    if (!decoded.ok) {
      report.problems.push(`${text.path}: ${decoded.error} Not imported${ann ? `, nor ${ann.path}` : ""}.`);
      return;
    }
    const fileName = baseName(text.path);
    const article = importedArticle(fileName, titleOf(decoded.text), decoded.text);
    let converted: ExportedArticle["annotations"] = [];
    if (ann) {
      const annText = decodeTextBytes(ann.bytes);
      if (!annText.ok) {
        report.problems.push(`${ann.path}: not text (${annText.problem}): not imported, nor ${text.path}`);
        return;
      }
      const result = annotationsFromBrat({
        text: article.text,
        textSha256: article.textSha256,
        annName: baseName(ann.path),
        ann: annText.text,
        modifiedAt: ann.modifiedAt,
        droppedCarriageReturns: droppedCarriageReturns(text.bytes),
      });
      if (!result.ok) {
        report.problems.push(
          `${ann.path} does not fit ${fileName}: not imported, nor its text (${result.problems.length} problem${result.problems.length === 1 ? "" : "s"})`,
          ...result.problems,
        );
        return;
      }
      converted = annotator ? result.annotations.map((a) => ({ ...a, annotator })) : result.annotations;
      report.notices.push(...result.notices);
      for (const [kind, n] of Object.entries(result.unused))
        report.unused[kind] = (report.unused[kind] ?? 0) + n;
      report.files++;
    }
    const same = byText.get(article.textSha256);
    // A text read again for another annotator's layer is one file read.
    if (!(same && annotator !== undefined && same.source === article.source)) report.files++;
    report.annotations += converted.length;
    if (same && annotator !== undefined && same.source === article.source) {
      // Another annotator's layer of the same text file.
      same.annotations.push(...converted);
    } else if (same) {
      // One article per text, as the library keeps it: a second file of the same text adds to it.
      report.notices.push(
        `${text.path} has the same text as ${same.source.replace(/^import:/, "")}: one article`,
      );
      same.annotations.push(...converted);
    } else byText.set(article.textSha256, { ...article, annotations: converted });
  });
  onProgress?.(articles.length, articles.length);
  report.articles = byText.size;
  return {
    set: {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: exportedAt.toISOString(),
      speakers: [],
      articles: [...byText.values()],
    },
    report,
  };
}

function baseName(path: string): string {
  return path.split(/[/\\]/).pop() ?? path;
}

/**
 * The code point offsets, in the file's text as brat counts it, of each carriage return of a CRLF:
 * the app's text drops them (CRLF becomes LF), brat does not.
 */
export function droppedCarriageReturns(bytes: Uint8Array): number[] {
  if (!bytes.includes(13)) return [];
  const decoded = decodeTextBytes(bytes);
  if (!decoded.ok) return [];
  const dropped: number[] = [];
  const text = decoded.text;
  let codePoints = 0;
  for (let i = 0; i < text.length; i++, codePoints++) {
    const unit = text.charCodeAt(i);
    if (unit === 13 && text.charCodeAt(i + 1) === 10) dropped.push(codePoints);
    // An astral character is two units but one code point.
    else if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return dropped;
}
