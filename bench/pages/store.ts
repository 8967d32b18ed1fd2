import Dexie from "dexie";
import { SCHEMA_VERSIONS } from "../../src/store/schema";
import type { SeedPayload } from "../browser/seedDatabase";

/**
 * The floor any import can reach: the rows an annotation file holds (its article, its speakers, its
 * annotations, as the app stores them) written by raw Dexie `bulkPut`s in one transaction into a fresh
 * database of the app's schema, in the same on-disk profile as the app's import. Fetching and parsing
 * the rows, and creating and deleting the database, are not timed. The schema is the app's own, so a
 * change of it is a change here.
 */
const benchStore = {
  async rawWrite(name: string, url: string): Promise<{ start: number; end: number; stored: number }> {
    const data = (await (await fetch(url)).json()) as SeedPayload;
    const db = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
    await Dexie.delete(name);
    await db.open();
    try {
      const start = performance.now();
      await db.transaction("rw", ["articles", "speakers", "annotations"], async () => {
        await db.table("articles").bulkPut(data.articles);
        await db.table("speakers").bulkPut(data.speakers);
        await db.table("annotations").bulkPut(data.annotations);
      });
      const end = performance.now();
      return { start, end, stored: await db.table("annotations").count() };
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  },
};

Object.assign(window, { benchStore });
