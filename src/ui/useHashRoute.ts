import { useSyncExternalStore } from "react";

export type Route = { page: "library" } | { page: "article"; articleId: string };

/** `#/` is the library, `#/article/<id>` an article, so reload and back/forward keep the place. */
export function parseRoute(hash: string): Route {
  const match = /^#\/article\/(.+)$/.exec(hash);
  if (match?.[1]) return { page: "article", articleId: decodeURIComponent(match[1]) };
  return { page: "library" };
}

export function articleHref(articleId: string): string {
  return `#/article/${encodeURIComponent(articleId)}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
