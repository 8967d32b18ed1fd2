import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString as mdastToString } from "mdast-util-to-string";
import { decodeArticleText, normalizeLineEndings, sha256Hex, titleOf } from "./articleFile";
import { ARTICLE_EXTENSIONS } from "./articleFileTypes";
import { type ParseHtml, readHtmlArticle } from "./htmlArticle";
import type { Article, ArticleMetadata } from "./types";

export type { ParseHtml } from "./htmlArticle";

/**
 * Turning a file a user imports into an article's plain text. Markup never survives: Markdown and HTML
 * become paragraphs of text separated by blank lines, so nothing imported can ever be shown as HTML.
 */

export type ArticleTextResult =
  | { ok: true; title: string; text: string; metadata: ArticleMetadata }
  | { ok: false; error: string };

export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export function articleTextFromFile(
  fileName: string,
  bytes: Uint8Array,
  parseHtml: ParseHtml,
): ArticleTextResult {
  const fail = (error: string): ArticleTextResult => ({ ok: false, error: `${fileName}: ${error}` });
  const extension = fileName.toLowerCase().match(/\.[^.]+$/)?.[0] ?? "";
  if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(extension)) {
    return fail("not an article file (use .txt, .md or .html).");
  }
  if (bytes.length > MAX_ARTICLE_BYTES) return fail(`too large (${bytes.length} bytes; the limit is 20 MB).`);
  const decoded = decodeArticleText(bytes);
  if (!decoded.ok) return fail(decoded.error);
  let title: string;
  let text: string;
  let metadata: ArticleMetadata = {};
  if (extension === ".txt") {
    text = decoded.text;
    title = titleOf(text);
  } else if (extension === ".md" || extension === ".markdown") {
    text = markdownToText(decoded.text);
    title = titleOf(text);
  } else {
    const article = readHtmlArticle(decoded.text, parseHtml);
    if (!article) return fail("no readable article text was found in this page.");
    ({ title, text, metadata } = article);
  }
  if (text.trim() === "") return fail("no text is left once the markup is removed.");
  return { ok: true, title, text, metadata };
}

/** An imported article: its id is a hash of its text, so the same text imported twice is one article. */
export function importedArticle(
  fileName: string,
  title: string,
  text: string,
  metadata: ArticleMetadata = {},
): Article {
  const textSha256 = sha256Hex(text);
  return {
    id: `imp_${textSha256.slice(0, 16)}`,
    title,
    ...metadata,
    source: `import:${fileName}`,
    text,
    textSha256,
  };
}

const BLOCKS = new Set(["paragraph", "heading", "code", "html", "thematicBreak", "table"]);

/** Each block of Markdown (paragraph, heading, list item's paragraph, quote's paragraph, code) becomes one paragraph. */
export function markdownToText(markdown: string): string {
  const tree: Root = fromMarkdown(markdown);
  const paragraphs: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "html" || node.type === "thematicBreak") return;
    if (BLOCKS.has(node.type)) {
      const text = node.type === "code" ? node.value : mdastToString(node, { includeHtml: false });
      const clean = normalizeLineEndings(text)
        .split("\n")
        .map((line) => line.replace(/\s+/g, " ").trim())
        .filter(Boolean);
      if (node.type === "code") paragraphs.push(...clean);
      else if (clean.length) paragraphs.push(clean.join(" "));
      return;
    }
    if ("children" in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return paragraphs.length ? `${paragraphs.join("\n\n")}\n` : "";
}
