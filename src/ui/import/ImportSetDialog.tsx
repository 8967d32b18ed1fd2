import type { BratImportReport } from "../../model/format/bratImport";
import type { ArticleChoice } from "../../model/importChoices";
import {
  describeImportSummary,
  type ImportMode,
  type ImportSummary,
  type ImportTargets,
} from "../../model/importPlan";
import { BratReport } from "./BratReport";

interface Props {
  fileName: string;
  summary: ImportSummary;
  mode: ImportMode;
  choices: readonly ArticleChoice[];
  targets: ImportTargets;
  /** For brat files: what was read, not used and not imported. */
  report?: BratImportReport;
  onMode(mode: ImportMode): void;
  onTarget(fileArticleId: string, target: string | "new"): void;
  onImport(): void;
  onCancel(): void;
}

/**
 * What importing an annotation file would do, before anything is written: the summary, where the
 * annotations of each article whose text the library lacks go (another version of a story is proposed,
 * and its annotations are placed again in its text), and merge or replace.
 */
export function ImportSetDialog(props: Props) {
  const { summary, mode, choices, targets } = props;
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="import-set-title">
        <h2 id="import-set-title">Import annotations from {props.fileName}</h2>
        {props.report ? (
          <>
            <BratReport report={props.report} />
            <h3 className="import-summary-title">Into the library</h3>
          </>
        ) : null}
        <ul className="import-summary">
          {describeImportSummary(summary).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {choices.length ? (
          <fieldset className="import-targets">
            <legend>Articles whose text the library does not have as it is</legend>
            {choices.map((choice) => (
              <label key={choice.fileArticleId}>
                Annotations of “{choice.title}” go to
                <select
                  value={targets.get(choice.fileArticleId) ?? choice.proposed}
                  onChange={(event) => props.onTarget(choice.fileArticleId, event.target.value)}
                >
                  <option value="new">a new article, added as the file has it</option>
                  {choice.options.map((option) => (
                    <option key={option.articleId} value={option.articleId}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
        ) : null}
        <fieldset className="import-mode">
          <legend>How</legend>
          <label>
            <input
              type="radio"
              name="import-mode"
              checked={mode === "merge"}
              onChange={() => props.onMode("merge")}
            />
            Merge: keep the library's annotations; the newer version of each wins
          </label>
          <label>
            <input
              type="radio"
              name="import-mode"
              checked={mode === "replace"}
              onChange={() => props.onMode("replace")}
            />
            Replace: the file's annotations replace the library's for these articles
          </label>
        </fieldset>
        <div className="editor-buttons">
          <button type="button" onClick={props.onImport}>
            Import
          </button>
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
