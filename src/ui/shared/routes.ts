import { useSyncExternalStore } from "react";

export type Route =
  | { page: "library" }
  | { page: "speakers"; speakerId?: string | undefined }
  | { page: "article"; articleId: string; annotationId?: string | undefined };

/**
 * `#/` is the library, `#/article/<id>` an article (with `/<annotation id>` to open at one), `#/speakers`
 * the speakers panel, so reload and back/forward keep the place.
 */
export function parseRoute(hash: string): Route {
  const article = /^#\/article\/([^/]+)(?:\/([^/]+))?$/.exec(hash);
  if (article?.[1]) {
    const annotationId = article[2] ? decodeURIComponent(article[2]) : undefined;
    return { page: "article", articleId: decodeURIComponent(article[1]), annotationId };
  }
  const speakers = /^#\/speakers(?:\/([^/]+))?$/.exec(hash);
  if (speakers)
    return { page: "speakers", speakerId: speakers[1] ? decodeURIComponent(speakers[1]) : undefined };
  return { page: "library" };
}

export function articleHref(articleId: string, annotationId?: string): string {
  const base = `#/article/${encodeURIComponent(articleId)}`;
  return annotationId ? `${base}/${encodeURIComponent(annotationId)}` : base;
}

export function speakerHref(speakerId?: string): string {
  return speakerId ? `#/speakers/${encodeURIComponent(speakerId)}` : "#/speakers";
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
