import "fake-indexeddb/auto";
import Dexie from "dexie";
import { describe, expect, it, vi } from "vitest";
import { openAnnotatorDatabase } from "./open";
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from "./schema";

let counter = 0;
const freshName = () => `open-test-${++counter}`;

/** Opens `name` at a native IndexedDB version without the app, as a newer version of it in another tab would. */
function openNative(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe("opening the database beside other tabs", () => {
  it("says when an older tab blocks the upgrade, and opens as soon as that tab lets go", async () => {
    const name = freshName();
    // A tab of an older version, holding schema version 1 and ignoring requests to close.
    const older = new Dexie(name);
    older.version(1).stores(SCHEMA_VERSIONS[0]?.stores ?? {});
    older.on("versionchange", () => false);
    await older.open();

    const onBlocked = vi.fn();
    const opening = openAnnotatorDatabase(name, { onBlocked, onSuperseded: () => {} });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    older.close();
    const status = await opening;
    if (status.state !== "ready") throw new Error(`expected ready, got ${status.state}`);
    expect(status.db.verno).toBe(CURRENT_SCHEMA_VERSION);
    status.db.close();
  });

  it("lets go of the database when another tab opens a newer version, and says so", async () => {
    const name = freshName();
    const onSuperseded = vi.fn();
    const status = await openAnnotatorDatabase(name, { onBlocked: () => {}, onSuperseded });
    if (status.state !== "ready") throw new Error(`expected ready, got ${status.state}`);

    // Dexie's native version is ten times its schema version.
    const newer = await openNative(name, (CURRENT_SCHEMA_VERSION + 1) * 10);
    expect(onSuperseded).toHaveBeenCalledTimes(1);
    expect(status.db.isOpen()).toBe(false);
    // Closed for good: a later read fails at once instead of opening the old schema again.
    await expect(status.db.articles.count()).rejects.toMatchObject({ name: "DatabaseClosedError" });
    newer.close();
  });
});
