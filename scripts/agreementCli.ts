import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type ArticleAgreement,
  articleAgreement,
  disagreementsOf,
  type Layer,
  layerRoles,
  pooledAgreement,
} from "../src/model/agreement/agreement";
import { annotationsFromBrat } from "../src/model/format/bratAnnotations";
import { pairBratFiles } from "../src/model/format/bratPairing";

/**
 * `npm run agreement -- CORPUS_DIR`: for every text of CORPUS_DIR (text/NAME.txt) with two or more
 * annotators' files (attributions/NAME_<annotator>.ann), Krippendorff's α and pairwise attribution
 * F1 by the app's own code; then the pooled figures, a table of every pair, and last a JSON line.
 */
export function agreementOfFolder(corpus: string): void {
  const results = readCorpus(corpus).map(({ name, text, layers }) => ({
    name,
    agreement: articleAgreement(text, layers),
  }));
  report(results);
}

/**
 * `npm run bench:agreement -- CORPUS_DIR [N]`: the time the agreement of N articles (100 by default)
 * takes, the corpus's articles with two or more annotators taken in turn until there are N, every
 * article's figures and disagreements and then the pooled ones, as the app's worker computes them.
 */
export function timeAgreement(corpus: string, count = 100): void {
  const articles = readCorpus(corpus);
  if (articles.length === 0) {
    console.log("no article with two or more annotators");
    return;
  }
  const run = () => {
    const started = performance.now();
    const all = Array.from({ length: count }, (_, i) => {
      const { text, layers } = articles[i % articles.length] as (typeof articles)[number];
      const roles = layerRoles(text, layers);
      disagreementsOf(text, layers, roles);
      return articleAgreement(text, layers, roles);
    });
    pooledAgreement(all);
    return performance.now() - started;
  };
  run();
  const times = Array.from({ length: 5 }, run).sort((a, b) => a - b);
  const annotators = Math.max(...articles.map((a) => a.layers.length));
  const characters = articles.reduce((n, a) => n + a.text.length, 0) / articles.length;
  console.log(
    `${count} articles (of ${Math.round(characters).toLocaleString("en-US")} characters on average) by up to ${annotators} annotators: ${Math.round(times[2] ?? 0)} ms (median of 5, after a first run)`,
  );
}

function readCorpus(corpus: string): { name: string; text: string; layers: Layer[] }[] {
  const paths = [
    ...readdirSync(join(corpus, "text")).map((n) => ({ path: `text/${n}` })),
    ...readdirSync(join(corpus, "attributions")).map((n) => ({ path: `attributions/${n}` })),
  ];
  const { articles } = pairBratFiles(paths);
  const read: { name: string; text: string; layers: Layer[] }[] = [];
  const several = articles.filter((a) => a.annotations.filter((f) => f.annotator !== null).length >= 2);
  several.forEach((article, index) => {
    const text = readFileSync(join(corpus, article.text.path), "utf8");
    const layers: Layer[] = [];
    for (const { annotator, file } of article.annotations) {
      if (annotator === null) continue;
      const read = annotationsFromBrat({
        text,
        textSha256: "",
        annName: file.path.split("/").pop() ?? file.path,
        ann: readFileSync(join(corpus, file.path), "utf8"),
        modifiedAt: "1970-01-01T00:00:00.000Z",
      });
      if (read.ok) layers.push({ annotator, annotations: read.annotations });
      else console.error(`${file.path} left out: ${read.problems[0] ?? "does not fit its text"}`);
    }
    if (layers.length >= 2) read.push({ name: article.name, text, layers });
    process.stderr.write(`read ${index + 1} of ${several.length}\n`);
  });
  return read;
}

function report(results: { name: string; agreement: ArticleAgreement }[]): void {
  const figure = (x: number | null) => (x === null ? "–" : x.toFixed(3));
  for (const { name, agreement } of results)
    console.log(
      `${name}: ${agreement.annotators.length} annotators (${agreement.annotators.join(", ")}), α ${figure(agreement.alpha)}, pairwise F1 ${figure(agreement.pairwiseF1)}`,
    );
  const overall = pooledAgreement(results.map((r) => r.agreement));
  console.log(
    `overall, ${results.length} articles: α ${figure(overall.alpha)}, pairwise F1 ${figure(overall.pairwiseF1)}`,
  );
  // The table: α above the diagonal, attribution F1 below, each over the articles both annotated.
  const names = overall.annotators;
  const pairOf = (a: string, b: string) =>
    overall.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
  const width = Math.max(6, ...names.map((n) => n.length));
  console.log(`α \\ F1 ${names.map((n) => n.padStart(width)).join(" ")}`);
  for (const [i, a] of names.entries()) {
    const cells = names.map((b, j) => {
      if (i === j) return "".padStart(width, "·");
      const pair = pairOf(a, b);
      return figure(pair ? (j > i ? pair.alpha : pair.f1) : null).padStart(width);
    });
    console.log(`${a.padEnd(6)} ${cells.join(" ")}`);
  }
  const round = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 10000);
  console.log(
    JSON.stringify({
      articles: results.map(({ name, agreement }) => ({
        name,
        annotators: agreement.annotators,
        alpha: round(agreement.alpha),
        pairwiseF1: round(agreement.pairwiseF1),
      })),
      overall: { alpha: round(overall.alpha), pairwiseF1: round(overall.pairwiseF1) },
    }),
  );
}
