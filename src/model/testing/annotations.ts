import { codePoint } from "../text";
import type { Annotation } from "../types";

/** A plain annotation for tests: a quote of `start`–`end` in article "a", changed as `more` says. */
export function testAnnotation(
  id: string,
  start: number,
  end: number,
  more: Partial<Annotation> = {},
): Annotation {
  return {
    id,
    articleId: "a",
    tag: "quote",
    start: codePoint(start),
    end: codePoint(end),
    exact: "x",
    prefix: "",
    suffix: "",
    speakerId: null,
    note: "",
    createdAt: "2026-12-01T00:00:00.000Z",
    updatedAt: "2026-12-01T00:00:00.000Z",
    ...more,
  };
}
