import bundled from "virtual:bundled-articles";
import type { Article } from "../model/types";

/** The articles shipped in `articles/`, read and checked at build time. */
export const bundledArticles: readonly Article[] = bundled.flatMap((r) => (r.ok ? [r.article] : []));

/** Files of `articles/` that could not be read as text, listed in the library with the reason. */
export const unreadableArticleFiles: readonly { id: string; source: string; error: string }[] =
  bundled.flatMap((r) => (r.ok ? [] : [{ id: r.id, source: r.source, error: r.error }]));
