import { useSyncExternalStore } from "react";
import { type CodePointSpan, codePointSpan } from "../../model/text";

export type Route =
  | { page: "library" }
  | { page: "agreement" }
  | { page: "curate"; articleId: string }
  | { page: "speakers"; speakerId?: string | undefined }
  | {
      page: "article";
      articleId: string;
      annotationId?: string | undefined;
      /** A place of the text to open at (code points), e.g. a hit of the library search. */
      at?: CodePointSpan | undefined;
      /** Open showing one layer ("gold", an annotator) or "differ": only where the layers differ. */
      layers?: string | undefined;
    };

/**
 * `#/` is the library, `#/article/<id>` an article (with `/<annotation id>` to open at one, or
 * `?at=<start>-<end>` at a place of its text, in code points), `#/speakers` the speakers panel, so
 * reload and back/forward keep the place.
 */
export function parseRoute(hash: string): Route {
  const article = /^#\/article\/([^/?]+)(?:\/([^/?]+))?(?:\?(.*))?$/.exec(hash);
  if (article?.[1]) {
    const annotationId = article[2] ? decodeURIComponent(article[2]) : undefined;
    const at = /^(\d+)-(\d+)$/.exec(new URLSearchParams(article[3] ?? "").get("at") ?? "");
    const span =
      at && Number(at[1]) <= Number(at[2]) ? codePointSpan(Number(at[1]), Number(at[2])) : undefined;
    const layers = new URLSearchParams(article[3] ?? "").get("layers") ?? undefined;
    return { page: "article", articleId: decodeURIComponent(article[1]), annotationId, at: span, layers };
  }
  if (hash === "#/agreement") return { page: "agreement" };
  const curate = /^#\/curate\/([^/?]+)$/.exec(hash);
  if (curate?.[1]) return { page: "curate", articleId: decodeURIComponent(curate[1]) };
  const speakers = /^#\/speakers(?:\/([^/]+))?$/.exec(hash);
  if (speakers)
    return { page: "speakers", speakerId: speakers[1] ? decodeURIComponent(speakers[1]) : undefined };
  return { page: "library" };
}

export function articleHref(articleId: string, annotationId?: string): string {
  const base = `#/article/${encodeURIComponent(articleId)}`;
  return annotationId ? `${base}/${encodeURIComponent(annotationId)}` : base;
}

/** The reader opened at a place of the article's text, selected. */
export function articlePlaceHref(articleId: string, at: CodePointSpan): string {
  return `${articleHref(articleId)}?at=${at.start}-${at.end}`;
}

/** The reader at a place of the text, showing one layer, or only where the layers differ. */
export function articleLayersHref(articleId: string, at: CodePointSpan, layers = "differ"): string {
  return `${articlePlaceHref(articleId, at)}&layers=${encodeURIComponent(layers)}`;
}

export function curateHref(articleId: string): string {
  return `#/curate/${encodeURIComponent(articleId)}`;
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
