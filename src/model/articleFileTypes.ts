/**
 * The kinds of file the library imports as articles, by name alone: kept apart from the readers of
 * those files (Readability, the Markdown parser), which are loaded only when an import starts.
 */
export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"] as const;

export function isArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
