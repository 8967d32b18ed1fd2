import type { Annotation, Curation } from "../model/types";
import type { StoreChange, StoreStep } from "./changes";
import type { AnnotatorDatabase } from "./schema";

/**
 * The curator's writes, each one transaction and one undo step: putting versions into the gold layer
 * (what the gold layer held there goes), and marking an article curated or not.
 */
export async function putInGold(
  db: AnnotatorDatabase,
  remove: readonly Annotation[],
  add: readonly Annotation[],
  label: string,
): Promise<StoreStep | null> {
  if (remove.length === 0 && add.length === 0) return null;
  await db.transaction("rw", db.annotations, async () => {
    await db.annotations.bulkDelete(remove.map((a) => a.id));
    await db.annotations.bulkAdd([...add]);
  });
  const changes: StoreChange[] = [
    ...remove.map((a) => ({ table: "annotations" as const, id: a.id, before: a, after: null })),
    ...add.map((a) => ({ table: "annotations" as const, id: a.id, before: null, after: a })),
  ];
  return { kind: "curate", label, changes };
}

export async function setCurated(
  db: AnnotatorDatabase,
  articleId: string,
  curated: boolean,
  now: string,
): Promise<StoreStep | null> {
  return db.transaction("rw", db.curations, async () => {
    const before = (await db.curations.get(articleId)) ?? null;
    if (Boolean(before) === curated) return null;
    const after: Curation | null = curated ? { articleId, curatedAt: now } : null;
    if (after) await db.curations.put(after);
    else await db.curations.delete(articleId);
    return {
      kind: "curate" as const,
      label: curated ? "Mark as curated" : "Mark as not curated",
      changes: [{ table: "curations" as const, id: articleId, before, after }],
    };
  });
}

/** The articles marked curated, by id. */
export async function curatedArticles(db: AnnotatorDatabase): Promise<Set<string>> {
  return new Set((await db.curations.toArray()).map((c) => c.articleId));
}

/**
 * Which annotators' layers each article has and how many annotations each holds, from the
 * [articleId+annotator] index (the user's own layer is what the article holds beyond these).
 */
export async function annotatorsByArticle(db: AnnotatorDatabase): Promise<Map<string, Map<string, number>>> {
  return db.transaction("r", db.annotations, async () => {
    const keys = await db.annotations.orderBy("[articleId+annotator]").uniqueKeys();
    const counts = await Promise.all(
      keys.map((key) => db.annotations.where("[articleId+annotator]").equals(key).count()),
    );
    const byArticle = new Map<string, Map<string, number>>();
    keys.forEach((key, i) => {
      const [articleId, annotator] = key as unknown as [string, string];
      const layers = byArticle.get(articleId) ?? new Map<string, number>();
      layers.set(annotator, counts[i] as number);
      byArticle.set(articleId, layers);
    });
    return byArticle;
  });
}
