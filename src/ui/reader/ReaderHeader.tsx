import type { Article } from "../../model/types";
import { ExportMenu } from "../export/ExportMenu";
import { EXPORT_FORMAT_LABELS, type ExportFormat, exportArticle } from "../export/exportActions";
import { useErrorLog } from "../shared/errorLog";
import { MOD } from "../shared/keyboard";
import { MenuButton } from "../shared/MenuButton";
import { useWrites } from "../writes/WritesProvider";
import { ArticleAbout } from "./ArticleAbout";

interface Props {
  article: Article;
  /** On a narrow screen the speakers link and the exports fold into one menu, so the title keeps its room. */
  narrow: boolean;
  /** While a panel covers the page, the header can be neither reached nor tapped. */
  inert?: boolean;
  /** Opens the find bar. */
  onFind(): void;
}

const EXPORT_FORMATS: readonly ExportFormat[] = ["json", "w3c", "csv", "csv-raw", "brat"];

/** The reader's top bar: back to the library, the title (with what its page said of it), find, the speakers panel and the exports. */
export function ReaderHeader({ article, narrow, inert = false, onFind }: Props) {
  const { db, announce } = useWrites();
  const { report } = useErrorLog();
  const exportAs = (format: ExportFormat) => {
    if (!db) return;
    exportArticle(article.id, format).catch((error: unknown) => {
      report(error, "Could not export");
      announce("The export failed: see the error log.");
    });
  };
  return (
    <header className="reader-header" inert={inert}>
      <a href="#/" className="back">
        ← Library
      </a>
      <div className="reader-heading">
        <h1 className="reader-title" dir="auto" title={article.title}>
          {article.title}
        </h1>
        <ArticleAbout article={article} />
      </div>
      {narrow ? (
        <MenuButton
          label="More"
          entries={[
            { label: "Find in the article", run: onFind },
            { label: "Speakers", href: "#/speakers" },
            ...EXPORT_FORMATS.map((format) => ({
              label: `Export ${EXPORT_FORMAT_LABELS[format]}`,
              run: () => exportAs(format),
              disabled: !db,
            })),
          ]}
        />
      ) : (
        <>
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
        </>
      )}
    </header>
  );
}
