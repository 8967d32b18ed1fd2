import type { Annotation, Article, Speaker } from "../../model/types";
import { ExportMenu } from "../export/ExportMenu";
import { downloadExport, type ExportFormat, exportArticles } from "../export/exportActions";
import { useErrorLog } from "../shared/errorLog";
import { MOD } from "../shared/keyboard";
import { useWrites } from "../writes/WritesProvider";

interface Props {
  article: Article;
  /** What the reader holds of the database; undefined until read. */
  annotations: readonly Annotation[] | undefined;
  speakers: readonly Speaker[] | undefined;
  /** Opens the find bar. */
  onFind(): void;
}

/** The reader's top bar: back to the library, the title, find, the speakers panel and the exports. */
export function ReaderHeader({ article, annotations, speakers, onFind }: Props) {
  const { db, announce } = useWrites();
  const { report } = useErrorLog();
  const exportAs = (format: ExportFormat) => {
    if (!db) return;
    // The reader holds what is stored, followed from the database: exporting that is a tenth of the
    // time of reading 10,000 annotations again. Until both have been read, the database it is.
    const done =
      annotations && speakers
        ? Promise.resolve().then(() =>
            downloadExport({ articles: [article], annotations, speakers }, article.id, format),
          )
        : exportArticles(db, [article], article.id, format);
    done.catch((error: unknown) => {
      report(error, "Could not export");
      announce("The export failed: see the error log.");
    });
  };
  return (
    <header className="reader-header">
      <a href="#/" className="back">
        ← Library
      </a>
      <h1 className="reader-title">{article.title}</h1>
      <button
        type="button"
        onClick={onFind}
        aria-keyshortcuts="Control+F Meta+F"
        title={`Find in the article (${MOD}+F)`}
      >
        Find
      </button>
      <a href="#/speakers" className="header-link">
        Speakers
      </a>
      <button type="button" onClick={() => exportAs("json")} disabled={!db}>
        Export JSON
      </button>
      <ExportMenu disabled={!db} onExport={exportAs} />
    </header>
  );
}
