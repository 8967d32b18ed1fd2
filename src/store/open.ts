import { describeError } from "../model/describeError";
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
    return { state: "unavailable", error: describeError(error) };
  }
}
