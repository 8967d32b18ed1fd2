import { Readability } from "@mozilla/readability";
import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString as mdastToString } from "mdast-util-to-string";
import { decodeArticleText, normalizeLineEndings, sha256Hex, titleOf } from "./articleFile";
import type { Article } from "./types";

/**
 * Turning a file a user imports into an article's plain text. Markup never survives: Markdown and HTML
 * become paragraphs of text separated by blank lines, so nothing imported can ever be shown as HTML.
 */

export type ArticleTextResult = { ok: true; title: string; text: string } | { ok: false; error: string };

/** Parses HTML into an inert document (DOMParser in the browser, happy-dom in tests): nothing runs. */
export type ParseHtml = (html: string) => Document;

export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;
export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"] as const;

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
  if (extension === ".txt") {
    text = decoded.text;
    title = titleOf(text);
  } else if (extension === ".md" || extension === ".markdown") {
    text = markdownToText(decoded.text);
    title = titleOf(text);
  } else {
    const article = htmlToText(decoded.text, parseHtml);
    if (!article) return fail("no readable article text was found in this page.");
    ({ title, text } = article);
  }
  if (text.trim() === "") return fail("no text is left once the markup is removed.");
  return { ok: true, title, text };
}

/** An imported article: its id is a hash of its text, so the same text imported twice is one article. */
export function importedArticle(fileName: string, title: string, text: string): Article {
  const textSha256 = sha256Hex(text);
  return { id: `imp_${textSha256.slice(0, 16)}`, title, source: `import:${fileName}`, text, textSha256 };
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

const BLOCK_ELEMENTS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd";

/**
 * A saved news page's readable article (Firefox's Readability: no scripts, styles, navigation, ads or
 * comments), as title and body paragraphs taken from the text of block elements, never their markup.
 */
export function htmlToText(html: string, parseHtml: ParseHtml): { title: string; text: string } | null {
  const document = parseHtml(html);
  const fallbackTitle = document.title?.trim() ?? "";
  const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  const content = article?.content;
  if (!content || !(content as Element).querySelectorAll) return null;
  const paragraphs: string[] = [];
  for (const element of Array.from((content as Element).querySelectorAll(BLOCK_ELEMENTS))) {
    // A block inside another block (a <p> in an <li>) is read once, with its container.
    if (element.parentElement?.closest(BLOCK_ELEMENTS) && content.contains(element.parentElement)) continue;
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text) paragraphs.push(text);
  }
  if (paragraphs.length === 0) {
    const text = (content.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text) paragraphs.push(text);
  }
  if (paragraphs.length === 0) return null;
  const title =
    (article?.title ?? fallbackTitle).replace(/\s+/g, " ").trim() || (paragraphs[0] ?? "Untitled");
  const body = paragraphs[0] === title ? paragraphs.slice(1) : paragraphs;
  return { title, text: `${[title, ...body].join("\n\n")}\n` };
}
