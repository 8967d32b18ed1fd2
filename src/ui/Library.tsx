import { useMemo, useState } from "react";
import { countWords } from "../model/text";
import { TAG_LABELS, TAGS } from "../model/types";
import { bundledArticles, unreadableArticleFiles } from "./bundledArticles";
import { exportEverything } from "./exportActions";
import { emptyTagCounts, useTagCountsByArticle } from "./queries";
import { StorageInfo } from "./StorageInfo";
import { useStorage } from "./storage";
import { articleHref } from "./useHashRoute";

export function Library() {
  const storage = useStorage();
  const counts = useTagCountsByArticle();
  const [message, setMessage] = useState<string | null>(null);
  const words = useMemo(() => new Map(bundledArticles.map((a) => [a.id, countWords(a.text)])), []);
  const total = counts ? [...counts.values()].reduce((n, c) => n + TAGS.reduce((m, t) => m + c[t], 0), 0) : 0;

  const exportAll = async () => {
    if (storage.state !== "ready") return;
    try {
      await exportEverything(storage.db);
      setMessage(`Exported ${bundledArticles.length} articles with ${total} annotations.`);
    } catch (error) {
      setMessage(`Export failed: ${String(error)}`);
    }
  };

  return (
    <main className="page library">
      <header className="page-header">
        <h1>Quote Annotator</h1>
        <div className="actions">
          <a href="#/speakers" className="header-link">
            Speakers
          </a>
          <button type="button" onClick={exportAll} disabled={storage.state !== "ready"}>
            Export all
          </button>
        </div>
      </header>
      <p className="lede">
        Open an article, select text and tag it as a quote, claim, statistic or speaker. Everything is saved
        in this browser.
      </p>
      <p className="status" role="status">
        {message}
      </p>
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
          </tr>
        </thead>
        <tbody>
          {bundledArticles.map((article) => {
            const row = counts?.get(article.id) ?? emptyTagCounts();
            return (
              <tr key={article.id}>
                <th scope="row">
                  <a href={articleHref(article.id)}>{article.title}</a>
                  <div className="source">{article.source}</div>
                </th>
                <td className="num">{words.get(article.id)?.toLocaleString("en")}</td>
                {TAGS.map((tag) => (
                  <td className="num" key={tag}>
                    {row[tag]}
                  </td>
                ))}
              </tr>
            );
          })}
          {unreadableArticleFiles.map((file) => (
            <tr key={file.source} className="unreadable">
              <th scope="row">
                <span className="file-error-name">{file.source}</span>
                <div className="file-error" role="note">
                  Cannot open this file: {file.error}
                </div>
              </th>
              <td colSpan={TAGS.length + 1} />
            </tr>
          ))}
        </tbody>
      </table>
      <StorageInfo />
      {bundledArticles.length === 0 && unreadableArticleFiles.length === 0 ? (
        <p className="empty">No articles yet: add UTF-8 .txt files to the articles/ folder and rebuild.</p>
      ) : null}
    </main>
  );
}
