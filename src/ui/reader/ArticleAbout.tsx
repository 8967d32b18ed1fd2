import type { ArticleMetadata } from "../../model/types";

const PUBLISHED = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** "nytimes.example/2026/03/04/…": the address as a person reads it, without the scheme and "www.". */
function shortAddress(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    const host = hostname.replace(/^www\./, "");
    return pathname === "/" ? host : `${host}${pathname}`;
  } catch {
    return url;
  }
}

/**
 * What the article's web page said about it, in one small line under the title: byline, site,
 * publication time (in this browser's time zone) and a link to the page. Nothing for an article that
 * came without (a text file).
 */
export function ArticleAbout({ article }: { article: ArticleMetadata }) {
  const { byline, siteName, publishedAt, url } = article;
  const parts: { key: string; node: React.ReactNode }[] = [];
  if (byline) parts.push({ key: "byline", node: <>By {byline}</> });
  if (siteName) parts.push({ key: "site", node: siteName });
  if (publishedAt) {
    parts.push({
      key: "published",
      node: <time dateTime={publishedAt}>{PUBLISHED.format(new Date(publishedAt))}</time>,
    });
  }
  // Only http(s) addresses are ever stored (import and file reading check it); the link opens the page
  // apart from this one, and tells it nothing of where it was opened from.
  if (url) {
    parts.push({
      key: "url",
      node: (
        <a href={url} target="_blank" rel="noopener noreferrer" title={url}>
          {shortAddress(url)}
        </a>
      ),
    });
  }
  if (parts.length === 0) return null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls; this is a line of facts.
    <p className="article-about" role="group" aria-label="About this article">
      {parts.map(({ key, node }, i) => (
        <span key={key}>
          {i > 0 ? <span aria-hidden="true"> · </span> : null}
          {node}
        </span>
      ))}
    </p>
  );
}
