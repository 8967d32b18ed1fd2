import { articleTextFromFile, importedArticle } from "../../model/articleImport";
import { describeError } from "../../model/describeError";
import type { Article } from "../../model/types";
import { articleWithText } from "../../store/library";
import type { AnnotatorDatabase } from "../../store/schema";

export type ArticleImportResult =
  | { file: string; outcome: "added"; article: Article }
  | { file: string; outcome: "duplicate"; article: Article }
  | { file: string; outcome: "error"; error: string };

/** A file read as an article: new to the library (to be written), already in it, or unreadable. */
export type ArticleFileReading =
  | { file: string; outcome: "new"; article: Article }
  | Exclude<ArticleImportResult, { outcome: "added" }>;

/** The browser's own parser builds an inert document: scripts in it never run, images never load. */
function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

/** Reads one file as an article and tells whether the library has its text already; writes nothing. */
export async function readArticleFile(db: AnnotatorDatabase, file: File): Promise<ArticleFileReading> {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = articleTextFromFile(file.name, bytes, parseHtml);
    if (!result.ok) return { file: file.name, outcome: "error", error: result.error };
    const article = importedArticle(file.name, result.title, result.text, result.metadata);
    const existing = await articleWithText(db, article.textSha256);
    if (existing) return { file: file.name, outcome: "duplicate", article: existing };
    return { file: file.name, outcome: "new", article };
  } catch (error) {
    return { file: file.name, outcome: "error", error: `${file.name}: ${describeError(error)}` };
  }
}
