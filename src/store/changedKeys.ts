import type { IntervalTree, ObservabilitySet } from "dexie";
import { RangeSet } from "dexie";
import type { AnnotatorDatabase } from "./schema";

/**
 * The primary keys of one table that a write touched, from Dexie's storage event (which names them
 * for writes in this tab and every other): "all" for a range wider than one key (a clear, a bulk
 * change Dexie could not name), null when the table was not touched.
 */
export function changedKeys(
  db: AnnotatorDatabase,
  table: string,
  parts: ObservabilitySet,
): Set<string> | "all" | null {
  const tablePart = `idb://${db.name}/${table}/`;
  return keysIn([parts[tablePart], parts[`${tablePart}:dels`]]);
}

function keysIn(trees: readonly (IntervalTree | undefined)[]): Set<string> | "all" | null {
  let keys: Set<string> | null = null;
  for (const tree of trees) {
    if (!tree || tree.d === 0) continue;
    for (const range of RangeSet(tree)) {
      if (typeof range.from !== "string" || range.from !== range.to) return "all";
      keys ??= new Set();
      keys.add(range.from);
    }
  }
  return keys;
}
