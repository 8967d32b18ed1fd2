import { ARTICLE_EXTENSIONS, articleTextFromFile, importedArticle } from "../../model/articleImport";
import type { Article } from "../../model/types";
import { addArticle } from "../../store/articles";
import { articleWithText } from "../../store/library";
import type { AnnotatorDatabase } from "../../store/schema";

export type ArticleImportResult =
  | { file: string; outcome: "added"; article: Article }
  | { file: string; outcome: "duplicate"; article: Article }
  | { file: string; outcome: "error"; error: string };

/** The browser's own parser builds an inert document: scripts in it never run, images never load. */
function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

export function isArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Imports one file as an article, unless the same text is already in the library. */
export async function importArticleFile(db: AnnotatorDatabase, file: File): Promise<ArticleImportResult> {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = articleTextFromFile(file.name, bytes, parseHtml);
    if (!result.ok) return { file: file.name, outcome: "error", error: result.error };
    const article = importedArticle(file.name, result.title, result.text);
    const existing = await articleWithText(db, article.textSha256);
    if (existing) return { file: file.name, outcome: "duplicate", article: existing };
    await addArticle(db, article);
    return { file: file.name, outcome: "added", article };
  } catch (error) {
    return { file: file.name, outcome: "error", error: `${file.name}: ${String(error)}` };
  }
}
