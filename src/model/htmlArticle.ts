import { Readability } from "@mozilla/readability";
import { boilerplateReason, removeMediaCaptions } from "./boilerplate";
import { articleTitle } from "./pageTitle";
import { toUtcTime } from "./time";
import type { ArticleMetadata } from "./types";

/**
 * A saved news page read as an article: its title, its body as paragraphs of plain text, and what the
 * page says about itself (byline, publication time, site, address). Firefox's Readability finds the
 * article (no scripts, styles, navigation, ads or comments); the rules of boilerplate.ts take out what
 * it leaves that is not the article. Text is taken from the text of block elements, never their markup.
 */

/** Parses HTML into an inert document (DOMParser in the browser, happy-dom in tests): nothing runs. */
export type ParseHtml = (html: string) => Document;

export interface HtmlArticle {
  title: string;
  text: string;
  metadata: ArticleMetadata;
}

const BLOCK_ELEMENTS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd";

/**
 * Readability takes the title from the page's metadata (og:title, JSON-LD and the like) and otherwise
 * guesses from <title>, cutting its last part after any " | " or " - " (which may be the headline's own)
 * and keeping it when the rest is short (which keeps "| Site Name"). A <title> replaced by this marker
 * shows when it guessed, so that the guess is ours instead (pageTitle.ts), from the page's <title>.
 */
const TITLE_MARKER = "quote-annotator-title-from-the-page";

export function readHtmlArticle(html: string, parseHtml: ParseHtml): HtmlArticle | null {
  const document = parseHtml(html);
  // Read before Readability, which changes the document as it goes.
  const pageTitle = collapse(document.title ?? "");
  const url = pageUrl(document, html);
  const authorLink = collapse(document.querySelector('a[rel~="author"]')?.textContent ?? "");
  const headlines = Array.from(document.querySelectorAll("h1"), (h) => collapse(h.textContent ?? ""));
  removeMediaCaptions(document);
  setTitle(document, TITLE_MARKER);

  const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  const content = article?.content as Element | null | undefined;
  if (!content?.querySelectorAll) return null;
  const paragraphs: string[] = [];
  for (const element of Array.from(content.querySelectorAll(BLOCK_ELEMENTS))) {
    // A block inside another block (a <p> in an <li>) is read once, with its container.
    if (element.parentElement?.closest(BLOCK_ELEMENTS) && content.contains(element.parentElement)) continue;
    const text = collapse(element.textContent ?? "");
    if (text && boilerplateReason(element, text) === null) paragraphs.push(text);
  }
  if (paragraphs.length === 0) {
    const text = collapse(content.textContent ?? "");
    if (text) paragraphs.push(text);
  }
  if (paragraphs.length === 0) return null;

  const metadata: ArticleMetadata = {};
  const byline = withoutBy(collapse(article?.byline ?? "")) || withoutBy(authorLink);
  if (byline && byline.length <= 200) metadata.byline = byline;
  const publishedAt = article?.publishedTime ? toUtcTime(article.publishedTime.trim()) : null;
  if (publishedAt) metadata.publishedAt = publishedAt;
  const siteName = collapse(article?.siteName ?? "");
  if (siteName && siteName.length <= 200) metadata.siteName = siteName;
  if (url) metadata.url = url;

  const readabilityTitle = collapse(article?.title ?? "");
  const title =
    articleTitle(readabilityTitle === TITLE_MARKER ? pageTitle : readabilityTitle, {
      ...metadata,
      headlines,
    }) ||
    paragraphs[0] ||
    "Untitled";
  // The page's headline, read as the first block, is the title already.
  const body = paragraphs[0] === title ? paragraphs.slice(1) : paragraphs;
  return { title, text: `${[title, ...body].join("\n\n")}\n`, metadata };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function withoutBy(byline: string): string {
  return byline.replace(/^by\s+/i, "");
}

function setTitle(document: Document, title: string): void {
  const element =
    document.querySelector("title") ?? document.head?.appendChild(document.createElement("title"));
  if (element) element.textContent = title;
}

/**
 * The page's address: its canonical link, else og:url, else the note a browser writes at the top of a
 * page it saves (`<!-- saved from url=(0042)https://… -->`). Only http and https: an address is shown
 * as a link, and a `javascript:` or `file:` one is no address of an article. A relative canonical link
 * is read against og:url.
 */
function pageUrl(document: Document, html: string): string | undefined {
  const ogUrl = webAddress(document.querySelector('meta[property="og:url"]')?.getAttribute("content"));
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute("href");
  const savedFrom = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];
  return webAddress(canonical, ogUrl) ?? ogUrl ?? webAddress(savedFrom);
}

function webAddress(text: string | null | undefined, base?: string): string | undefined {
  if (!text?.trim()) return undefined;
  try {
    const url = new URL(text.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
