import type { Annotation } from "./types";

/** The fields that decide where an annotation stands in text order. */
export type PositionKey = Pick<Annotation, "start" | "end" | "createdAt" | "id">;

/**
 * Text order: by start, then end; ties by creation time, then id, so that the same annotations always
 * come in the same order (the reader's list, an export's bytes).
 */
export function compareByPosition(a: PositionKey, b: PositionKey): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
