import { useEffect, useState } from "react";
import type { PairAgreement } from "../../model/agreement/agreement";
import { layerName } from "../../model/layers";
import { codePointSpan } from "../../model/text";
import { useOwnName } from "../shared/queries";
import { articleLayersHref, curateHref } from "../shared/routes";
import { useLibraryAgreement } from "./useLibraryAgreement";

const figure = (x: number | null) => (x === null ? "–" : x.toFixed(3));
const ROLE_WORDS: Record<string, string> = {
  source: "source",
  cue: "cue",
  speaker: "speaker",
  "content:quote": "quote",
  "content:claim": "claim",
  "content:statistic": "statistic",
  none: "nothing",
};

/**
 * How well the library's annotators agree: Krippendorff's α and attribution F1, over the articles two
 * or more layers cover (or those whose title or file name holds a filter), as a table of every pair and per article
 * with the places they differ, each a link into the reader showing only where the layers differ.
 */
export function AgreementPage() {
  const ownName = useOwnName();
  const nameOf = (layer: string) => layerName(layer, ownName);
  const { progress, result, ms, error, run } = useLibraryAgreement();
  const [filter, setFilter] = useState("");
  useEffect(() => run(""), [run]);
  const names = result?.overall.annotators ?? [];
  const pairOf = (a: string, b: string): PairAgreement | undefined =>
    result?.overall.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));

  return (
    <main className="page agreement">
      <header className="page-header">
        <a href="#/" className="header-link">
          ← Library
        </a>
        <h1>Agreement</h1>
      </header>
      <p className="lede">
        Krippendorff’s α (nominal) over every non-whitespace character, each annotator’s value being its role
        there (source, cue, speaker, quote, claim, statistic or nothing), and attribution F1 between each pair
        (contents matched when their words overlap by half or more). The curated gold layer is left out.
      </p>
      <form
        className="agreement-filter"
        onSubmit={(event) => {
          event.preventDefault();
          run(filter);
        }}
      >
        <label>
          Articles whose title or file name holds{" "}
          <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </label>{" "}
        <button type="submit">Compute</button>
      </form>
      {progress ? (
        <p role="status">
          Computing: {progress.done} of {progress.total || "…"} articles{" "}
          <progress value={progress.done} max={progress.total || 1} />
        </p>
      ) : null}
      {error ? <p role="alert">Could not compute the agreement: {error}</p> : null}
      {result && !progress ? (
        result.articles.length === 0 ? (
          <p className="empty">
            No article {filter.trim() ? "of this filter " : ""}has two or more annotators’ layers yet. Import
            another person’s export, or brat files named NAME_annotator.ann with “Everyone, each as their own
            layer”.
          </p>
        ) : (
          <>
            <section aria-label="Overall agreement">
              <h2>
                {result.articles.length} article{result.articles.length === 1 ? "" : "s"}, {names.length}{" "}
                annotators: α {figure(result.overall.alpha)}, pairwise F1 {figure(result.overall.pairwiseF1)}
              </h2>
              <div className="table-scroll">
                <table className="agreement-table">
                  <caption>Every pair: α above the diagonal, attribution F1 below</caption>
                  <thead>
                    <tr>
                      <td />
                      {names.map((n) => (
                        <th key={n} scope="col">
                          {nameOf(n)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {names.map((a, i) => (
                      <tr key={a}>
                        <th scope="row">{nameOf(a)}</th>
                        {names.map((b, j) => {
                          const pair = pairOf(a, b);
                          return (
                            <td key={b} className={i === j ? "diagonal" : j > i ? "alpha" : "f1"}>
                              {i === j ? "" : figure(pair ? (j > i ? pair.alpha : pair.f1) : null)}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {ms !== null ? <p className="hint">Computed in {Math.round(ms)} ms.</p> : null}
            </section>
            <section aria-label="Agreement per article">
              <h2>Per article</h2>
              <ul className="agreement-articles">
                {result.articles.map((article) => (
                  <li key={article.id}>
                    <details>
                      <summary>
                        <strong>{article.title}</strong>: α {figure(article.alpha)}, F1{" "}
                        {figure(article.pairwiseF1)} · {article.annotators.map(nameOf).join(", ")} ·{" "}
                        {article.disagreements.length} disagreement
                        {article.disagreements.length === 1 ? "" : "s"}
                      </summary>
                      <p>
                        <a href={curateHref(article.id)}>Curate {article.title} into gold</a>
                      </p>
                      <ol className="disagreements" aria-label={`Disagreements in ${article.title}`}>
                        {article.disagreements.slice(0, 200).map((d) => (
                          <li key={d.start}>
                            <a href={articleLayersHref(article.id, codePointSpan(d.start, d.end))}>
                              {d.roles
                                .map(
                                  (role, k) => `${nameOf(article.annotators[k] ?? "")}: ${ROLE_WORDS[role]}`,
                                )
                                .join(" · ")}
                            </a>
                            <span className="hint">
                              {" "}
                              at {d.start}–{d.end}
                            </span>
                          </li>
                        ))}
                      </ol>
                    </details>
                  </li>
                ))}
              </ul>
            </section>
          </>
        )
      ) : null}
    </main>
  );
}
