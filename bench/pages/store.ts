import Dexie from "dexie";
import { parseAnnotationSet } from "../../src/model/format/parseAnnotationSet";
import type { Annotation } from "../../src/model/types";
import { applyImport } from "../../src/store/annotationImport";
import { AnnotatorDatabase, SCHEMA_VERSIONS } from "../../src/store/schema";

/**
 * Importing an export file of 10,000 annotations two ways, each into a fresh database: through the
 * app's import (read and check the file, plan, write in one transaction), and as a raw Dexie `bulkPut`
 * of the same annotation rows into a database of the same schema, the floor any import can reach.
 * Opening and deleting the databases is not timed.
 *
 * The import functions are imported as the app imports them, so that a change of their signature is a
 * type error here and a missing one fails the build, never a figure quietly left out.
 */

/**
 * Milliseconds `write` takes on a freshly created database, and how many annotations it then holds
 * (counted after the timing); the database is closed and deleted afterwards.
 */
async function timeWrite(db: Dexie, write: () => Promise<unknown>): Promise<{ ms: number; stored: number }> {
  await Dexie.delete(db.name);
  await db.open();
  try {
    const start = performance.now();
    await write();
    const ms = performance.now() - start;
    return { ms, stored: await db.table("annotations").count() };
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
}

const FILE_NAME = "bench-export.json";

const benchStore = {
  fileText: "",
  rows: [] as Annotation[],
  setInput(fileText: string, rows: Annotation[]) {
    benchStore.fileText = fileText;
    benchStore.rows = rows;
    return rows.length;
  },
  /** The app's import of the file into an empty library: read and check, plan, write. */
  async importFile(name: string): Promise<{ ms: number; stored: number; parseMs: number }> {
    const db = new AnnotatorDatabase(name);
    let parseMs = 0;
    const timing = await timeWrite(db, async () => {
      const start = performance.now();
      const parsed = parseAnnotationSet(FILE_NAME, benchStore.fileText);
      parseMs = performance.now() - start;
      if (!parsed.ok) throw new Error(parsed.error);
      await applyImport(db, parsed.data, "merge", FILE_NAME);
    });
    return { ...timing, parseMs };
  },
  async bulkPutRows(name: string): Promise<{ ms: number; stored: number }> {
    const db = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
    return timeWrite(db, () => db.table("annotations").bulkPut(benchStore.rows));
  },
};

Object.assign(window, { benchStore });
