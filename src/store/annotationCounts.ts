import { isTag, TAGS, type Tag } from "../model/types";
import type { AnnotatorDatabase } from "./schema";

/**
 * Facts about many annotations at once, read from index keys only: IndexedDB hands over the keys of an
 * index without reading and copying the rows, which is what made the library and the speaker picker
 * slow with tens of thousands of annotations.
 */

export type TagCounts = Record<Tag, number>;

export function emptyTagCounts(): TagCounts {
  return Object.fromEntries(TAGS.map((t) => [t, 0])) as TagCounts;
}

/**
 * Above this many annotations per (article, tag) pair on average, each pair is counted by IndexedDB
 * instead of its keys being read: 100,000 keys of one article took the page 780 ms to take in, four
 * counts take a few. Below it, one read of the keys costs less than a request per pair.
 */
const KEYS_PER_PAIR_TO_COUNT = 50;

/** How many annotations of each tag every article has, from the [articleId+tag] index. */
export async function tagCountsByArticle(db: AnnotatorDatabase): Promise<Map<string, TagCounts>> {
  return db.transaction("r", db.annotations, async () => {
    // A new collection for each read: `uniqueKeys` leaves the collection it is called on unique.
    const index = () => db.annotations.orderBy("[articleId+tag]");
    const [pairs, total] = await Promise.all([index().uniqueKeys(), db.annotations.count()]);
    const counts = new Map<string, TagCounts>();
    const add = (key: unknown, n: number) => {
      const [articleId, tag] = key as [string, unknown];
      if (!isTag(tag)) return;
      const row = counts.get(articleId) ?? emptyTagCounts();
      row[tag] += n;
      counts.set(articleId, row);
    };
    if (total <= pairs.length * KEYS_PER_PAIR_TO_COUNT) {
      for (const key of await index().keys()) add(key, 1);
    } else {
      const each = await Promise.all(
        pairs.map((key) => db.annotations.where("[articleId+tag]").equals(key).count()),
      );
      for (const [i, key] of pairs.entries()) add(key, each[i] as number);
    }
    return counts;
  });
}

/**
 * The articles each speaker is attributed or named in, from the [speakerId+articleId] index: an
 * unattributed annotation (null speaker) is in no index entry, so only attributed ones count.
 */
export async function articlesBySpeaker(db: AnnotatorDatabase): Promise<Map<string, Set<string>>> {
  const map = new Map<string, Set<string>>();
  const keys = await db.annotations.orderBy("[speakerId+articleId]").uniqueKeys();
  for (const key of keys) {
    const [speakerId, articleId] = key as unknown as [string, string];
    const set = map.get(speakerId) ?? new Set<string>();
    set.add(articleId);
    map.set(speakerId, set);
  }
  return map;
}
