import {
  type ArticleAgreement,
  articleAgreement,
  type Disagreement,
  disagreementsOf,
  type Layer,
  layerRoles,
  type PairAgreement,
  pooledAgreement,
} from "../model/agreement/agreement";
import { layerOf, layersOf } from "../model/layers";
import type { Article } from "../model/types";
import { annotationsOfArticle } from "./annotations";
import type { AnnotatorDatabase } from "./schema";

/** One article's figures as the agreement page lists them. */
export interface ArticleFigures {
  id: string;
  title: string;
  /** Layer names (OWN_LAYER for the user's own). */
  annotators: string[];
  alpha: number | null;
  pairwiseF1: number | null;
  pairs: PairAgreement[];
  disagreements: Disagreement[];
}

export interface LibraryAgreement {
  articles: ArticleFigures[];
  overall: { annotators: string[]; alpha: number | null; pairwiseF1: number | null; pairs: PairAgreement[] };
}

/**
 * Agreement over the library's articles that two or more annotators' layers cover (of those whose
 * title or file name holds `filter`, when given), the curated gold layer left out: per article and pooled. Article
 * by article with progress; heavy, so it runs in a worker.
 */
export async function libraryAgreement(
  db: AnnotatorDatabase,
  bundled: readonly Article[],
  filter: string,
  onProgress: (done: number, total: number) => void,
): Promise<LibraryAgreement> {
  const imported = await db.articles.toArray();
  const needle = filter.trim().toLowerCase();
  const articles = [...bundled, ...imported.filter((a) => !bundled.some((b) => b.id === a.id))].filter(
    (a) => !needle || a.title.toLowerCase().includes(needle) || a.source.toLowerCase().includes(needle),
  );
  const figures: ArticleFigures[] = [];
  const agreements: ArticleAgreement[] = [];
  for (const [i, article] of articles.entries()) {
    const annotations = (await annotationsOfArticle(db, article.id)).filter(
      (a) => !a.orphan && a.annotator !== "gold",
    );
    const names = layersOf(annotations);
    if (names.length >= 2) {
      const layers: Layer[] = names.map((annotator) => ({
        annotator,
        annotations: annotations.filter((a) => layerOf(a) === annotator),
      }));
      const roles = layerRoles(article.text, layers);
      const agreement = articleAgreement(article.text, layers, roles);
      agreements.push(agreement);
      figures.push({
        id: article.id,
        title: article.title,
        annotators: names,
        alpha: agreement.alpha,
        pairwiseF1: agreement.pairwiseF1,
        pairs: agreement.pairs,
        disagreements: disagreementsOf(article.text, layers, roles),
      });
    }
    onProgress(i + 1, articles.length);
  }
  const { annotators, alpha, pairwiseF1, pairs } = pooledAgreement(agreements);
  return { articles: figures, overall: { annotators, alpha, pairwiseF1, pairs } };
}
