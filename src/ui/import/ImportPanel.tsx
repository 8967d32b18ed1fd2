import { useRef, useState } from "react";
import { isArticleFile } from "../../model/articleFileTypes";
import { describeError } from "../../model/describeError";
import type { BratImportReport } from "../../model/format/bratImport";
import { type AS_LAYERS, bratFilesToRead } from "../../model/format/bratImport";
import {
  type AnnotatorCount,
  annotatorsToChoose,
  type BratPairing,
  pairBratFiles,
} from "../../model/format/bratPairing";
import type { ArticleChoice } from "../../model/importChoices";
import type { BratUpload } from "../../model/importMessages";
import type { ImportMode, ImportSummary, ImportTargets } from "../../model/importPlan";
import { addArticle } from "../../store/articles";
import type { AnnotatorDatabase } from "../../store/schema";
import { articleHref } from "../shared/routes";
import { useWrites } from "../writes/WritesProvider";
import { BratAnnotatorDialog } from "./BratAnnotatorDialog";
import { describeUnused } from "./BratReport";
import { bratImportName, bratUploads, isBratAnnotationFile } from "./bratUploads";
import { droppedFiles } from "./droppedFiles";
import { ImportSetDialog } from "./ImportSetDialog";
import type { ArticleImportResult } from "./importArticles";
import { ImportCancelled, type ImportWorker, startImportWorker } from "./importWorker";

type Result = ArticleImportResult | { file: string; outcome: "annotations"; message: string };

interface PendingSet {
  fileName: string;
  mode: ImportMode;
  /** Where the annotations of articles the library lacks as they are go. */
  choices: ArticleChoice[];
  targets: ImportTargets;
  summary: ImportSummary;
  /** For brat files: what was read, not used and not imported. */
  report?: BratImportReport;
}

/** brat files waiting for the user to choose whose annotations to import. */
interface AskingAnnotator {
  name: string;
  pairing: BratPairing<BratUpload>;
  annotators: AnnotatorCount[];
}

/** Work on an annotation file under way in the import worker, which Cancel stops. */
interface Working {
  fileName: string;
  what: string;
  placed: number;
  total: number;
  /** What the counts count. */
  unit: "annotations" | "articles";
}

/**
 * Importing articles (.txt, .md, .html) and annotation sets (.json), by file picker or by dropping
 * files on the library. Articles show progress and a result per file; an annotation set is summarised
 * first and written only when the user confirms, merge or replace, in one transaction.
 */
export function ImportPanel({ db }: { db: AnnotatorDatabase }) {
  const articleInput = useRef<HTMLInputElement>(null);
  const setInput = useRef<HTMLInputElement>(null);
  const bratInput = useRef<HTMLInputElement>(null);
  const bratFolderInput = useRef<HTMLInputElement>(null);
  const [asking, setAsking] = useState<AskingAnnotator | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; current: string } | null>(null);
  const [results, setResults] = useState<Result[]>([]);
  const [pending, setPending] = useState<PendingSet | null>(null);
  const [dragging, setDragging] = useState(false);
  const [working, setWorking] = useState<Working | null>(null);
  const { write, announce } = useWrites();
  // The annotation file's reading, planning and writing run in a worker, one per file: the page stays
  // responsive through a file of tens of megabytes, and Cancel ends the worker, leaving nothing written.
  const worker = useRef<ImportWorker | null>(null);
  const inWorker = async <T,>(
    fileName: string,
    what: string,
    job: (worker: ImportWorker) => Promise<T>,
    unit: Working["unit"] = "annotations",
  ) => {
    worker.current ??= startImportWorker();
    setWorking({ fileName, what, placed: 0, total: 0, unit });
    try {
      return await job(worker.current);
    } finally {
      setWorking(null);
    }
  };
  const reportProgress =
    (fileName: string, what: string, unit: Working["unit"] = "annotations") =>
    (placed: number, total: number) =>
      setWorking({ fileName, what, placed, total, unit });
  const cancel = () => {
    worker.current?.cancel();
    worker.current = null;
    setPending(null);
  };

  /** Reads a file as an article and adds it through the app's write path (undoable, Retry if refused). */
  const importArticle = async (file: File): Promise<Result> => {
    if (!isArticleFile(file.name))
      return {
        file: file.name,
        outcome: "error",
        error: `${file.name}: not an article file (use .txt, .md or .html).`,
      };
    // Readability and the Markdown parser load with the first import, not with the app.
    const { readArticleFile } = await import("./importArticles");
    const reading = await readArticleFile(db, file);
    if (reading.outcome !== "new") return reading;
    const { article } = reading;
    const step = await write(`import ${file.name}`, (db) => addArticle(db, article), { data: article });
    return step
      ? { file: file.name, outcome: "added", article }
      : { file: file.name, outcome: "error", error: `${file.name}: not saved (see “Not saved” below).` };
  };

  /**
   * Files chosen or dropped: articles are imported one by one; brat files (a folder, or `.ann` files
   * with their `.txt`) or else the first `.json` file open the import dialog.
   */
  const importFiles = async (files: File[], folder = false, paths?: ReadonlyMap<File, string>) => {
    // With an .ann among them, the .txt files are the texts it annotates, not articles on their own.
    const brat = folder || files.some((f) => isBratAnnotationFile(f.name));
    const isBrat = (f: File) =>
      folder || isBratAnnotationFile(f.name) || (brat && f.name.toLowerCase().endsWith(".txt"));
    const articles = files.filter((f) => !isBrat(f) && !f.name.toLowerCase().endsWith(".json"));
    const sets = files.filter((f) => !isBrat(f) && f.name.toLowerCase().endsWith(".json"));
    const collected: Result[] = [];
    for (const [i, file] of articles.entries()) {
      setProgress({ done: i, total: articles.length, current: file.name });
      collected.push(await importArticle(file));
      setResults([...collected]);
    }
    setProgress(null);
    if (brat) {
      const uploads = bratUploads(files.filter(isBrat), paths);
      const name = bratImportName(uploads);
      for (const other of sets)
        collected.push({
          file: other.name,
          outcome: "error",
          error: `${other.name}: not imported: one annotation import at a time (${name} is read first). Import it on its own after.`,
        });
      setResults([...collected]);
      const refused = await readBrat(name, uploads);
      setResults((r) => [...r, ...refused]);
      return;
    }
    const [first, ...others] = sets;
    if (!first) return;
    const refusal = await readSet(first);
    if (refusal) collected.push(refusal);
    // One import dialog at a time: the first file is read, and every other one is named as refused.
    for (const other of others) {
      collected.push({
        file: other.name,
        outcome: "error",
        error: `${other.name}: not imported: one annotation file at a time (${first.name} is read first). Import it on its own after ${first.name}.`,
      });
    }
    setResults([...collected]);
  };

  /** Reads an annotation file and opens the import dialog for it; its refusal if it cannot be imported. */
  const readSet = async (file: File): Promise<Result | null> => {
    try {
      const read = await inWorker(file.name, "Reading", (w) => w.read(file));
      if (!read.ok) return { file: file.name, outcome: "error", error: read.error };
      const { choices, targets } = read;
      const summary = await inWorker(file.name, "Placing annotations in changed texts", (w) =>
        w.preview("merge", targets, reportProgress(file.name, "Placing annotations in changed texts")),
      );
      setPending({ fileName: file.name, mode: "merge", choices, targets, summary });
      return null;
    } catch (error) {
      const why = error instanceof ImportCancelled ? "cancelled; nothing was imported" : describeError(error);
      return { file: file.name, outcome: "error", error: `${file.name}: ${why}` };
    }
  };

  /** Pairs brat files and asks whose annotations to import if some text has several annotators' files. */
  const readBrat = async (name: string, uploads: BratUpload[]): Promise<Result[]> => {
    const pairing = pairBratFiles(uploads);
    const annotators = annotatorsToChoose(pairing.articles);
    if (annotators.length) {
      setAsking({ name, pairing, annotators });
      return [];
    }
    return continueBrat(name, pairing, undefined);
  };

  /** Reads the brat files of `annotator` in the worker and opens the import dialog with what it found. */
  const continueBrat = async (
    name: string,
    pairing: BratPairing<BratUpload>,
    annotator: string | null | undefined | typeof AS_LAYERS,
  ): Promise<Result[]> => {
    const { articles, problems, notices } = bratFilesToRead(pairing, annotator);
    try {
      const read = await inWorker(
        name,
        "Reading brat files of",
        (w) =>
          w.readBrat(
            name,
            articles,
            { problems, notices },
            reportProgress(name, "Reading brat files of", "articles"),
          ),
        "articles",
      );
      if (!read.ok) {
        const why = read.report.problems;
        return [
          { file: name, outcome: "error", error: `${name}: nothing to import${why.length ? ":" : "."}` },
          ...why.map((error): Result => ({ file: name, outcome: "error", error })),
        ];
      }
      const { choices, targets, report } = read;
      const summary = await inWorker(name, "Placing annotations in changed texts", (w) =>
        w.preview("merge", targets, reportProgress(name, "Placing annotations in changed texts")),
      );
      setPending({ fileName: name, mode: "merge", choices, targets, summary, report });
      return [];
    } catch (error) {
      const why = error instanceof ImportCancelled ? "cancelled; nothing was imported" : describeError(error);
      return [{ file: name, outcome: "error", error: `${name}: ${why}` }];
    }
  };

  const chooseAnnotator = async (annotator: string | null | typeof AS_LAYERS) => {
    if (!asking) return;
    setAsking(null);
    const refused = await continueBrat(asking.name, asking.pairing, annotator);
    setResults((r) => [...r, ...refused]);
  };

  const replan = async (change: Partial<Pick<PendingSet, "mode" | "targets">>) => {
    if (!pending) return;
    // The choice shows at once; the summary follows when the new plan is ready.
    const next = { ...pending, ...change };
    setPending(next);
    try {
      const summary = await inWorker(next.fileName, "Placing annotations in changed texts", (w) =>
        w.preview(
          next.mode,
          next.targets,
          reportProgress(next.fileName, "Placing annotations in changed texts"),
        ),
      );
      setPending((current) =>
        current && current.mode === next.mode && current.targets === next.targets
          ? { ...current, summary }
          : current,
      );
    } catch (error) {
      if (!(error instanceof ImportCancelled))
        setResults((r) => [
          ...r,
          { file: next.fileName, outcome: "error", error: `${next.fileName}: ${describeError(error)}` },
        ]);
    }
  };

  const confirm = async () => {
    if (!pending) return;
    const { fileName, mode, targets, report: bratReport } = pending;
    setPending(null);
    let summary: ImportSummary | null = null;
    let cancelled = false;
    const report = (result: Result) => setResults((r) => [...r, result]);
    await write(
      `import ${fileName}`,
      async () => {
        try {
          const applied = await inWorker(fileName, "Importing", (w) =>
            w.apply(mode, targets, reportProgress(fileName, "Importing")),
          );
          summary = applied.summary;
          return applied.step;
        } catch (error) {
          // Cancelled by the user: nothing was written and nothing is to retry.
          if (error instanceof ImportCancelled) {
            cancelled = true;
            return null;
          }
          throw error;
        }
      },
      {
        data: { file: fileName, mode },
        onSaved() {
          const s = summary?.annotations;
          if (!s) return;
          const unused = bratReport ? describeUnused(bratReport.unused) : [];
          const refused = bratReport?.problems.length ?? 0;
          report({
            file: fileName,
            outcome: "annotations",
            message: `${fileName}: imported (${mode}): ${s.added} new and ${s.updated} updated annotations${s.orphans ? `, ${s.orphans} orphans` : ""}.${unused.length ? ` Not used: ${unused.join(", ")}.` : ""}${refused ? ` ${refused} file${refused === 1 ? "" : "s"} or line${refused === 1 ? "" : "s"} not imported (listed in the import dialog).` : ""}`,
          });
        },
      },
    ).then((step) => {
      if (!step)
        report({
          file: fileName,
          outcome: "error",
          error: cancelled
            ? `${fileName}: cancelled; nothing was imported.`
            : `${fileName}: nothing was imported (see “Not saved” below).`,
        });
    });
  };

  const onFiles = (list: FileList | null, folder = false) => {
    if (list?.length) void importFiles(Array.from(list), folder);
  };
  // Emptied after each choice, so that choosing the same file again imports it again.
  const takeChosenFiles = (event: React.ChangeEvent<HTMLInputElement>) => {
    onFiles(event.target.files);
    event.target.value = "";
  };

  return (
    <section
      className={`import-panel${dragging ? " dragging" : ""}`}
      aria-label="Import"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        // A dropped folder is walked for its files (a brat corpus's text/ and attributions/).
        droppedFiles(event.dataTransfer).then(
          ({ files, paths, folder }) => {
            if (files.length) void importFiles(files, folder, paths);
          },
          (error: unknown) => announce(`Could not read the dropped folder: ${describeError(error)}`),
        );
      }}
    >
      <div className="import-buttons">
        <button type="button" onClick={() => articleInput.current?.click()}>
          Import articles…
        </button>
        <button type="button" onClick={() => setInput.current?.click()}>
          Import annotations…
        </button>
        <button type="button" onClick={() => bratInput.current?.click()}>
          Import brat files…
        </button>
        <button type="button" onClick={() => bratFolderInput.current?.click()}>
          Choose a brat folder…
        </button>
        <span className="drop-hint">or drop .txt, .md, .html, .json or brat .ann and .txt files here</span>
      </div>
      <input
        ref={articleInput}
        type="file"
        multiple
        accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
        hidden
        aria-label="Article files"
        onChange={takeChosenFiles}
      />
      <input
        ref={setInput}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Annotation file"
        onChange={takeChosenFiles}
      />
      <input
        ref={bratInput}
        type="file"
        multiple
        accept=".ann,.txt,text/plain"
        hidden
        aria-label="brat files"
        onChange={takeChosenFiles}
      />
      <input
        ref={bratFolderInput}
        type="file"
        hidden
        aria-label="brat folder"
        // A folder's files, each with its path in it (webkitRelativePath): React knows no such attribute.
        {...{ webkitdirectory: "" }}
        onChange={(event) => {
          onFiles(event.target.files, true);
          event.target.value = "";
        }}
      />
      {progress ? (
        <p className="import-progress" role="status">
          <progress value={progress.done} max={progress.total} aria-label="Import progress" /> Importing{" "}
          {progress.total > 1 ? `${progress.done + 1} of ${progress.total}: ` : ""}
          {progress.current}…
        </p>
      ) : null}
      {working ? (
        <div className="import-progress" role="status">
          {working.total > 0 ? (
            <progress value={working.placed} max={working.total} aria-label="Import progress" />
          ) : (
            <progress aria-label="Import progress" />
          )}{" "}
          {/* Before the text that changes as the work goes on, so that it never moves under the pointer. */}
          <button type="button" onClick={cancel}>
            Cancel
          </button>{" "}
          {working.what} {working.fileName}
          {working.total > 0
            ? `: ${working.placed.toLocaleString("en")} of ${working.total.toLocaleString("en")} ${working.unit}`
            : "…"}
        </div>
      ) : null}
      {results.length ? (
        <ul className="import-results" aria-label="Import results">
          {results.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: results are only appended, and one file may appear twice.
            <li key={i} className={r.outcome === "error" ? "file-error" : undefined}>
              {r.outcome === "added" ? (
                <>
                  {r.file}: added <a href={articleHref(r.article.id)}>{r.article.title}</a>
                </>
              ) : r.outcome === "duplicate" ? (
                <>
                  {r.file}: already in the library as{" "}
                  <a href={articleHref(r.article.id)}>{r.article.title}</a>
                </>
              ) : r.outcome === "annotations" ? (
                r.message
              ) : (
                r.error
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {pending ? (
        <ImportSetDialog
          fileName={pending.fileName}
          summary={pending.summary}
          mode={pending.mode}
          choices={pending.choices}
          targets={pending.targets}
          report={pending.report}
          onMode={(mode) => void replan({ mode })}
          onTarget={(fileArticleId, target) =>
            void replan({ targets: new Map(pending.targets).set(fileArticleId, target) })
          }
          onImport={() => void confirm()}
          onCancel={() => setPending(null)}
        />
      ) : null}
      {asking ? (
        <BratAnnotatorDialog
          name={asking.name}
          contested={{
            texts: asking.pairing.articles.filter((a) => a.annotations.length > 1).length,
            of: asking.pairing.articles.length,
          }}
          annotators={asking.annotators}
          onChoose={(annotator) => void chooseAnnotator(annotator)}
          onCancel={() => {
            setResults((r) => [
              ...r,
              {
                file: asking.name,
                outcome: "error",
                error: `${asking.name}: cancelled; nothing was imported.`,
              },
            ]);
            setAsking(null);
          }}
        />
      ) : null}
    </section>
  );
}
