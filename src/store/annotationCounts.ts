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

/** How many annotations of each tag every article has, from the [articleId+tag] index. */
export async function tagCountsByArticle(db: AnnotatorDatabase): Promise<Map<string, TagCounts>> {
  const counts = new Map<string, TagCounts>();
  const keys = await db.annotations.orderBy("[articleId+tag]").keys();
  for (const key of keys) {
    const [articleId, tag] = key as unknown as [string, unknown];
    if (!isTag(tag)) continue;
    const row = counts.get(articleId) ?? emptyTagCounts();
    row[tag]++;
    counts.set(articleId, row);
  }
  return counts;
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
