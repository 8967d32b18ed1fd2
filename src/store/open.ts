import { AnnotatorDatabase } from "./schema";

export type StorageStatus =
  | { state: "opening" }
  | { state: "ready"; db: AnnotatorDatabase }
  | { state: "unavailable"; error: string };

/**
 * Opens the database once for the page. A browser that refuses IndexedDB (some private windows, a
 * disabled storage setting) gives "unavailable" with the reason, so the app can still show articles.
 */
export async function openAnnotatorDatabase(name?: string): Promise<StorageStatus> {
  const db = new AnnotatorDatabase(name);
  try {
    await db.open();
    return { state: "ready", db };
  } catch (error) {
    db.close();
    return { state: "unavailable", error: describeStorageError(error) };
  }
}

export function describeStorageError(error: unknown): string {
  if (error instanceof Error) {
    const inner = (error as Error & { inner?: unknown }).inner;
    const detail = inner instanceof Error ? inner.message : error.message;
    return `${error.name}: ${detail}`;
  }
  return String(error);
}
