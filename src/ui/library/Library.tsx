import { useState } from "react";
import type { ArticleSummary } from "../../model/articleSummary";
import { describeError } from "../../model/describeError";
import { GOLD_LAYER, TAG_LABELS, TAGS } from "../../model/types";
import { bundledSummaries } from "../../store/articleSummaries";
import { deleteArticle } from "../../store/articles";
import { bundledArticles, unreadableArticleFiles } from "../../store/bundledArticles";
import { ExportMenu } from "../export/ExportMenu";
import { type ExportFormat, exportEverything } from "../export/exportActions";
import { ImportPanel } from "../import/ImportPanel";
import {
  emptyTagCounts,
  useLayersByArticle,
  useLibrarySummaries,
  useOwnName,
  useTagCountsByArticle,
} from "../shared/queries";
import { articleHref, curateHref } from "../shared/routes";
import { PendingWrites, WriteStatus } from "../writes/PendingWrites";
import { useWrites } from "../writes/WritesProvider";
import { LibrarySearch } from "./LibrarySearch";
import { OwnName } from "./OwnName";
import { StorageInfo } from "./StorageInfo";
import { useSuggestAll } from "./useSuggestAll";

const bundledIds = new Set(bundledArticles.map((a) => a.id));

export function Library() {
  const { db, write, undo, undoStep, announce } = useWrites();
  const articles = useLibrarySummaries() ?? bundledSummaries();
  const counts = useTagCountsByArticle();
  const layered = useLayersByArticle();
  const ownName = useOwnName();
  const suggestAll = useSuggestAll();
  const [confirmDelete, setConfirmDelete] = useState<ArticleSummary | null>(null);
  const total = counts ? [...counts.values()].reduce((n, c) => n + TAGS.reduce((m, t) => m + c[t], 0), 0) : 0;

  const exportAll = async (format: ExportFormat = "json") => {
    if (!db) return;
    try {
      await exportEverything(db, format);
      announce(`Exported ${articles.length} articles with ${total} annotations.`);
    } catch (error) {
      announce(`Export failed: ${describeError(error)}`);
    }
  };

  const remove = async (article: ArticleSummary) => {
    setConfirmDelete(null);
    await write("delete the article", (db) => deleteArticle(db, article.id), {
      data: { delete: article.id },
      onSaved: () => announce(`Deleted “${article.title}” and its annotations.`),
    });
  };

  const undoDelete = async () => {
    const step = await undo();
    const restored = step?.changes.find((c) => c.table === "articles")?.before;
    if (restored && "title" in restored) announce(`Restored: ${restored.title}.`);
  };

  return (
    <main className="page library">
      <header className="page-header">
        <h1>Quote Annotator</h1>
        <div className="actions">
          <a href="#/speakers" className="header-link">
            Speakers
          </a>
          <a href="#/agreement" className="header-link">
            Agreement
          </a>
          <button type="button" onClick={() => void exportAll()} disabled={!db}>
            Export all
          </button>
          <ExportMenu disabled={!db} onExport={(format) => void exportAll(format)} />
        </div>
      </header>
      <p className="lede">
        Open an article, select text and tag it as a quote, claim, statistic or speaker. Everything is saved
        in this browser.
      </p>
      <OwnName />
      <LibrarySearch />
      {db ? <ImportPanel db={db} /> : null}
      {db ? (
        <section className="suggest-all" aria-label="Suggestions for all articles">
          {suggestAll.progress ? (
            <>
              <label>
                Suggesting: {suggestAll.progress.done} of {suggestAll.progress.total || "…"} articles{" "}
                <progress value={suggestAll.progress.done} max={suggestAll.progress.total || 1} />
              </label>{" "}
              <button type="button" onClick={suggestAll.cancel}>
                Cancel
              </button>
            </>
          ) : (
            <button type="button" onClick={suggestAll.start}>
              Suggest for all articles
            </button>
          )}
          {suggestAll.counts && !suggestAll.progress ? (
            <span className="hint">
              {" "}
              {[...suggestAll.counts.values()].reduce((a, b) => a + b, 0)} suggestions wait for review; open
              an article to review them.
            </span>
          ) : null}
          {suggestAll.error ? <span role="alert"> Could not suggest: {suggestAll.error}</span> : null}
        </section>
      ) : null}
      <PendingWrites />
      <WriteStatus>
        {undoStep?.kind === "delete-article" ? (
          <>
            {" "}
            <button type="button" onClick={() => void undoDelete()}>
              Undo delete
            </button>
          </>
        ) : null}
      </WriteStatus>
      {confirmDelete ? (
        <div className="confirm" role="alertdialog" aria-label="Confirm delete">
          <p>
            Delete “{confirmDelete.title}” and its{" "}
            {TAGS.reduce((n, t) => n + (counts?.get(confirmDelete.id)?.[t] ?? 0), 0)} annotations? You can
            undo this until you reload the page.
          </p>
          <button type="button" className="danger" onClick={() => void remove(confirmDelete)}>
            Delete article
          </button>
          <button type="button" onClick={() => setConfirmDelete(null)}>
            Cancel
          </button>
        </div>
      ) : null}
      <div className="table-scroll">
        <table className="library-table">
          <caption className="visually-hidden">Articles</caption>
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col" className="num">
                Words
              </th>
              {TAGS.map((tag) => (
                <th scope="col" className="num" key={tag}>
                  <span className={`tag-chip tag-${tag}`}>{TAG_LABELS[tag]}s</span>
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => {
              const row = counts?.get(article.id) ?? emptyTagCounts();
              const named = layered?.annotators.get(article.id);
              let inNamedLayers = 0;
              for (const n of named?.values() ?? []) inNamedLayers += n;
              // The user's own layer is what the article holds beyond the named layers.
              const ownLayerToo = TAGS.reduce((n, t) => n + row[t], 0) > inNamedLayers;
              return (
                <tr key={article.id}>
                  <th scope="row">
                    <a href={articleHref(article.id)}>{article.title}</a>
                    <div className="source">{article.source}</div>
                    {named ? (
                      <div className="annotators">
                        Annotated by{" "}
                        {[
                          ...(ownLayerToo ? [ownName ? `${ownName} (you)` : "you"] : []),
                          ...[...named.keys()].filter((a) => a !== GOLD_LAYER),
                        ].join(", ")}
                        {named.has(GOLD_LAYER) ? " · gold" : ""}
                        {layered?.curated.has(article.id) ? " · curated" : ""}{" "}
                        <a href={curateHref(article.id)}>Curate</a>
                      </div>
                    ) : null}
                    {suggestAll.counts?.get(article.id) ? (
                      <div className="suggestion-count">
                        {suggestAll.counts.get(article.id)} suggestion
                        {suggestAll.counts.get(article.id) === 1 ? "" : "s"} to review
                      </div>
                    ) : null}
                  </th>
                  <td className="num" data-label="Words">
                    {article.words.toLocaleString("en")}
                  </td>
                  {TAGS.map((tag) => (
                    <td className={`num count-${tag}`} key={tag} data-label={`${TAG_LABELS[tag]}s`}>
                      {row[tag]}
                    </td>
                  ))}
                  <td>
                    {bundledIds.has(article.id) ? null : (
                      <button
                        type="button"
                        className="danger small"
                        aria-label={`Delete ${article.title}`}
                        onClick={() => setConfirmDelete(article)}
                      >
                        Delete
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
            {unreadableArticleFiles.map((file) => (
              <tr key={file.source} className="unreadable">
                <th scope="row">
                  <span className="file-error-name">{file.source}</span>
                  <div className="file-error">Cannot open this file: {file.error}</div>
                </th>
                <td colSpan={TAGS.length + 2} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {articles.length === 0 && unreadableArticleFiles.length === 0 ? (
        <p className="empty">
          No articles yet: import some, or add UTF-8 .txt files to the articles/ folder and rebuild.
        </p>
      ) : null}
      <StorageInfo />
    </main>
  );
}
