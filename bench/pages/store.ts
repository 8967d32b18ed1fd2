import Dexie from "dexie";
import type { Annotation } from "../../src/model/types";
import { AnnotatorDatabase, SCHEMA_VERSIONS } from "../../src/store/schema";

/**
 * Importing an export file of 10,000 annotations two ways, each into a fresh database: through the
 * app's import (read and check the file, plan, write in one transaction), and as a raw Dexie `bulkPut`
 * of the same annotation rows into a database of the same schema, the floor any import can reach.
 * Opening and deleting the databases is not timed.
 *
 * The import is looked up rather than imported: it is being built, and while its modules or functions
 * are missing or have another shape the benchmark reports "not available" instead of failing to build.
 */
interface ImportJsonModule {
  parseAnnotationSet?: (
    fileName: string,
    content: string,
  ) => { ok: true; data: unknown } | { ok: false; error: string };
}
interface ImportSetModule {
  applyImport?: (
    db: AnnotatorDatabase,
    data: unknown,
    mode: "merge" | "replace",
    fileName: string,
  ) => Promise<unknown>;
}

const parseModules = import.meta.glob<ImportJsonModule>("../../src/model/format/parseAnnotationSet.ts");
const storeModules = import.meta.glob<ImportSetModule>("../../src/store/annotationImport.ts");

async function loadImport() {
  const loadParse = Object.values(parseModules)[0];
  const loadStore = Object.values(storeModules)[0];
  if (!loadParse || !loadStore) return null;
  const { parseAnnotationSet } = await loadParse();
  const { applyImport } = await loadStore();
  if (typeof parseAnnotationSet !== "function" || typeof applyImport !== "function") return null;
  // The shape this page was written for: applyImport(db, data, mode, fileName).
  if (applyImport.length !== 4) return null;
  return { parseAnnotationSet, applyImport };
}

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
  async importAvailable(): Promise<boolean> {
    return (await loadImport()) !== null;
  },
  /** The app's import of the file into an empty library: read and check, plan, write. */
  async importFile(name: string): Promise<{ ms: number; stored: number; parseMs: number }> {
    const found = await loadImport();
    if (!found) throw new Error("no import function");
    const db = new AnnotatorDatabase(name);
    let parseMs = 0;
    const timing = await timeWrite(db, async () => {
      const start = performance.now();
      const parsed = found.parseAnnotationSet(FILE_NAME, benchStore.fileText);
      parseMs = performance.now() - start;
      if (!parsed.ok) throw new Error(parsed.error);
      await found.applyImport(db, parsed.data, "merge", FILE_NAME);
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
