import { suggestAttributions } from "../model/suggest/engine";
import { awaitingReview, proposalsOf } from "../model/suggest/proposals";
import { textOffsets } from "../model/text";
import type { Article } from "../model/types";
import { annotationsOfArticle } from "./annotations";
import type { AnnotatorDatabase } from "./schema";
import { rejectedKeysOf } from "./suggestions";

/**
 * How many suggestions wait for review in each article: the engine over every text, less what the
 * user annotated or rejected there. Article by article, with progress, stopping when `cancelled`
 * says so; heavy, so it runs in a worker.
 */
export async function suggestionBacklog(
  db: AnnotatorDatabase,
  bundled: readonly Article[],
  onProgress: (done: number, total: number) => void,
  cancelled: () => boolean = () => false,
): Promise<Map<string, number>> {
  const imported = await db.articles.toArray();
  const articles = [...bundled, ...imported.filter((a) => !bundled.some((b) => b.id === a.id))];
  const counts = new Map<string, number>();
  for (const [i, article] of articles.entries()) {
    if (cancelled()) break;
    const [annotations, rejected] = await Promise.all([
      annotationsOfArticle(db, article.id),
      rejectedKeysOf(db, article.textSha256),
    ]);
    const proposals = proposalsOf(article.text, textOffsets(article.text), suggestAttributions(article.text));
    counts.set(article.id, awaitingReview(proposals, annotations, rejected).length);
    onProgress(i + 1, articles.length);
  }
  return counts;
}
