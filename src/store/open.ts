import { describeError } from "../model/describeError";
import { AnnotatorDatabase } from "./schema";

export type StorageStatus =
  | { state: "opening" }
  /** Another tab holds the database at an older version and has not let go: the upgrade waits for it. */
  | { state: "blocked" }
  | { state: "ready"; db: AnnotatorDatabase }
  /** Another tab opened a newer version: this one closed its connection so that the upgrade can run. */
  | { state: "superseded" }
  | { state: "unavailable"; error: string };

/** What other tabs do to this tab's connection, as it happens. */
export interface OtherTabEvents {
  /** The upgrade waits until the other tabs close the database; it goes on by itself once they do. */
  onBlocked(): void;
  /** This tab has closed the database for a newer version opened elsewhere; only a reload goes on. */
  onSuperseded(): void;
}

/**
 * Opens the database once for the page. A browser that refuses IndexedDB (some private windows, a
 * disabled storage setting) gives "unavailable" with the reason, so the app can still show articles.
 *
 * A newer version opened in another tab asks this one to close ("versionchange"). It closes for good:
 * Dexie would otherwise open it again at the next read, at this version's schema, which the database
 * has left behind, so the read would fail and block the other tab's upgrade again.
 */
export async function openAnnotatorDatabase(name?: string, events?: OtherTabEvents): Promise<StorageStatus> {
  const db = new AnnotatorDatabase(name);
  // Returning false replaces Dexie's default handlers (a console warning, and a close that reopens).
  db.on("blocked", () => {
    events?.onBlocked();
    return false;
  });
  db.on("versionchange", () => {
    db.close({ disableAutoOpen: true });
    events?.onSuperseded();
    return false;
  });
  try {
    await db.open();
    return { state: "ready", db };
  } catch (error) {
    db.close();
    return { state: "unavailable", error: describeError(error) };
  }
}
