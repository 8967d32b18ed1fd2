import { closestArticles, PROPOSED_SIMILARITY } from "./articleMatch";
import type { AnnotationSet } from "./format/annotationSet";
import type { ImportTargets } from "./importPlan";
import type { Article } from "./types";

/** An article of an annotation file whose text the library does not have as it is. */
export interface ArticleChoice {
  fileArticleId: string;
  title: string;
  /** Library articles to apply its annotations to, most alike first; the proposed one is the default. */
  options: { articleId: string; label: string }[];
  proposed: string | "new";
}

/**
 * For each article of the file that the library does not hold with the same text: where its
 * annotations could go. The library's article of the same id or text comes first when there is one;
 * otherwise the most alike article is proposed if it is alike enough (another version of the story),
 * else a new article. Articles whose text the library has as it is need no choice.
 */
export function articleChoices(data: AnnotationSet, library: readonly Article[]): ArticleChoice[] {
  const byId = new Map(library.map((a) => [a.id, a]));
  const hashes = new Set(library.map((a) => a.textSha256));
  const choices: ArticleChoice[] = [];
  for (const article of data.articles) {
    if (hashes.has(article.textSha256)) continue;
    const sameId = byId.get(article.id);
    const matches = closestArticles(article, library, 8);
    const options = matches.map((m) => ({
      articleId: m.articleId,
      label: `${byId.get(m.articleId)?.title ?? m.articleId} (${Math.round(m.similarity * 100)}% alike)`,
    }));
    if (sameId && !options.some((o) => o.articleId === sameId.id))
      options.unshift({ articleId: sameId.id, label: `${sameId.title} (same id)` });
    const best = matches[0];
    const proposed = sameId
      ? sameId.id
      : best && best.similarity >= PROPOSED_SIMILARITY
        ? best.articleId
        : "new";
    choices.push({ fileArticleId: article.id, title: article.title, options, proposed });
  }
  return choices;
}

/** The targets the choices propose, before the user changes any. */
export function proposedTargets(choices: readonly ArticleChoice[]): ImportTargets {
  return new Map(choices.map((c) => [c.fileArticleId, c.proposed]));
}
