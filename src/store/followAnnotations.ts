import Dexie, { type ObservabilitySet } from "dexie";
import { compareByPosition } from "../model/annotationOrder";
import type { Annotation } from "../model/types";
import { changedKeys } from "./changedKeys";
import type { AnnotatorDatabase } from "./schema";

/** Above this many changed rows, reading the whole article again is as cheap as reading the rows. */
const MAX_ROWS_READ_ONE_BY_ONE = 200;

/**
 * Follows the annotations of one article, in text order, from this tab and every other. A live query
 * would read all of them again after each change, and Dexie would record each of their keys to know
 * when to read next: 80 ms of the main thread per change at 10,000 annotations. This reads them once,
 * then listens to Dexie's storage events, which name the keys a write touched (in any tab), and reads
 * only those rows; a write of many rows, or of a range of keys, reads the article again.
 *
 * `onRows` gets a new array after every change; the rows are the database's, never a copy edited here.
 * Returns the function that stops following.
 */
export function followArticleAnnotations(
  db: AnnotatorDatabase,
  articleId: string,
  onRows: (rows: readonly Annotation[]) => void,
  onError: (error: unknown) => void = () => {},
): () => void {
  let rows: Annotation[] | null = null;
  let stopped = false;
  let busy = false;
  // What changed while a read was under way: some keys, or everything.
  let pending: Set<string> | "all" | null = "all";

  const readChanges = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      while (pending !== null && !stopped) {
        const changed = pending;
        pending = null;
        if (changed === "all" || rows === null) {
          // The first read hands out what it has after each page, so the start of the text is drawn
          // first and no one delivery is large; a read again replaces the rows in one go, never
          // showing fewer for a moment.
          const firstRead = rows === null;
          rows = await readInPages(db, articleId, (sofar) => {
            if (firstRead && !stopped) onRows(sofar);
          });
        } else {
          const ids = [...changed];
          const found = (await db.annotations.bulkGet(ids)).filter(
            (a): a is Annotation => a?.articleId === articleId,
          );
          // Rows of other articles only: nothing to tell.
          if (found.length === 0 && !rows.some((a) => changed.has(a.id))) continue;
          rows = withRows(rows, changed, found);
        }
        if (!stopped) onRows(rows);
      }
    } catch (error) {
      if (!stopped) onError(error);
    } finally {
      busy = false;
    }
  };

  const onMutated = (parts: ObservabilitySet) => {
    const keys = changedKeys(db, "annotations", parts);
    if (keys === null) return;
    if (keys === "all" || pending === "all" || keys.size + (pending?.size ?? 0) > MAX_ROWS_READ_ONE_BY_ONE)
      pending = "all";
    else pending = new Set([...(pending ?? []), ...keys]);
    void readChanges();
  };

  Dexie.on("storagemutated", onMutated);
  void readChanges();
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
}

/**
 * Rows read at once: IndexedDB copies the rows it hands over on the page's main thread, and 30,000 in
 * one read held it for a few hundred milliseconds; 2,000 take a few, and the page draws in between.
 */
export const ROWS_PER_READ = 2_000;

/**
 * The article's annotations in text order, read a page of ROWS_PER_READ at a time in one read-only
 * transaction (so the pages agree with each other). After each page but the last, `onPage` gets the
 * rows so far (a new array, in text order): the start of the text.
 *
 * Each page starts where the last one ended, by key, and is one `getAll`: an offset makes Dexie walk
 * a cursor row by row (and IndexedDB every row before it again), and 30,000 annotations took 3.4 s to
 * read in pages. So a page keeps only its rows before its last start, and the next page begins at that
 * start: every start is then in one page, and pages sorted one by one are in text order together. Only
 * a page that is all one start (thousands of annotations starting at one character) needs an offset
 * past the rows of that start already read, and the whole is sorted again at the end.
 */
async function readInPages(
  db: AnnotatorDatabase,
  articleId: string,
  onPage: (rows: Annotation[]) => void,
): Promise<Annotation[]> {
  return db.transaction("r", db.annotations, async () => {
    const rows: Annotation[] = [];
    let from: number | typeof Dexie.minKey = Dexie.minKey;
    // Rows of start `from` already read; a page that was all one start.
    let skip = 0;
    let sorted = true;
    for (;;) {
      let page = await db.annotations
        .where("[articleId+start]")
        .between([articleId, from], [articleId, Dexie.maxKey], true, true)
        .offset(skip)
        .limit(ROWS_PER_READ)
        .toArray();
      if (page.length < ROWS_PER_READ) {
        rows.push(...page.sort(compareByPosition));
        break;
      }
      const last = (page[page.length - 1] as Annotation).start;
      if ((page[0] as Annotation).start === last) {
        skip += page.length;
        sorted = false;
      } else {
        page = page.filter((a) => a.start < last);
        skip = 0;
      }
      from = last;
      rows.push(...page.sort(compareByPosition));
      // Outside the transaction: what the callback starts must not run as part of a read-only one.
      if (sorted) Dexie.ignoreTransaction(() => onPage([...rows]));
    }
    return sorted ? rows : rows.sort(compareByPosition);
  });
}

/** `rows` with the rows of `ids` replaced by `found` (absent ones removed), still in text order. */
function withRows(
  rows: readonly Annotation[],
  ids: ReadonlySet<string>,
  found: readonly Annotation[],
): Annotation[] {
  const next = rows.filter((a) => !ids.has(a.id));
  for (const row of found) {
    let lo = 0;
    let hi = next.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareByPosition(next[mid] as Annotation, row) < 0) lo = mid + 1;
      else hi = mid;
    }
    next.splice(lo, 0, row);
  }
  return next;
}
