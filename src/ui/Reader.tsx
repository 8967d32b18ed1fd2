import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Highlight } from "../editor/highlights";
import type { ReaderController } from "../editor/readerView";
import { spanOf } from "../model/anchor";
import { textOffsets, type Utf16Range } from "../model/text";
import { type Annotation, type Article, TAG_LABELS, TAGS, type Tag } from "../model/types";
import { createAnnotation, deleteAnnotations, updateAnnotation } from "../store/annotations";
import { describeStorageError } from "../store/database";
import { AnnotationList } from "./AnnotationList";
import { ArticleText } from "./ArticleText";
import { exportArticles } from "./exportActions";
import { useArticleAnnotations } from "./queries";
import { useStorage } from "./storage";
import { useUndoHistory } from "./useUndoHistory";

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? "⌘" : "Ctrl";

export function Reader({ article }: { article: Article }) {
  const storage = useStorage();
  const db = storage.state === "ready" ? storage.db : null;
  const annotations = useArticleAnnotations(article.id);
  const offsets = useMemo(() => textOffsets(article.text), [article.text]);
  const controllerRef = useRef<ReaderController | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [shownTags, setShownTags] = useState<ReadonlySet<Tag>>(() => new Set(TAGS));
  const [status, setStatus] = useState("");
  const history = useUndoHistory(db);

  const visible = useMemo(
    () => (annotations ?? []).filter((a) => shownTags.has(a.tag)),
    [annotations, shownTags],
  );
  const highlights = useMemo<Highlight[]>(
    () =>
      visible.map((a) => ({
        id: a.id,
        tag: a.tag,
        from: offsets.toUtf16(a.start),
        to: offsets.toUtf16(a.end),
      })),
    [visible, offsets],
  );

  // A write that fails leaves the database as it was; the user is told at once.
  const attempt = useCallback(async (what: string, write: () => Promise<unknown>) => {
    try {
      await write();
    } catch (error) {
      setStatus(`Could not ${what}: ${describeStorageError(error)}`);
    }
  }, []);

  const tag = useCallback(
    (tagName: Tag, range: Utf16Range) => {
      if (!db) {
        setStatus("Storage is unavailable: annotations cannot be saved in this window.");
        return;
      }
      const now = new Date().toISOString();
      const span = spanOf(
        article.text,
        offsets,
        offsets.toCodePoint(range.start),
        offsets.toCodePoint(range.end),
      );
      const annotation: Annotation = {
        id: crypto.randomUUID(),
        articleId: article.id,
        tag: tagName,
        ...span,
        speakerId: null,
        note: "",
        createdAt: now,
        updatedAt: now,
      };
      controllerRef.current?.clearSelection();
      void attempt("save the annotation", async () => {
        await history.record(createAnnotation(db, annotation));
        setSelectedId(annotation.id);
        setStatus(`Tagged ${TAG_LABELS[tagName].toLowerCase()}: “${annotation.exact.slice(0, 60)}”`);
      });
    },
    [db, article, offsets, history, attempt],
  );

  const remove = useCallback(
    (annotation: Annotation) => {
      if (!db) return;
      void attempt("delete the annotation", async () => {
        await history.record(deleteAnnotations(db, [annotation.id]));
        setSelectedId((id) => (id === annotation.id ? null : id));
        setStatus(`Deleted ${annotation.tag}. ${MOD}+Z brings it back.`);
      });
    },
    [db, history, attempt],
  );

  const select = useCallback(
    (annotation: Annotation) => {
      setSelectedId(annotation.id);
      controllerRef.current?.reveal({
        start: offsets.toUtf16(annotation.start),
        end: offsets.toUtf16(annotation.end),
      });
    },
    [offsets],
  );

  const undo = useCallback(
    () =>
      attempt("undo", async () => {
        const step = await history.undo();
        if (step) setStatus(`Undone: ${step.label}.`);
      }),
    [history, attempt],
  );
  const redo = useCallback(
    () =>
      attempt("redo", async () => {
        const step = await history.redo();
        if (step) setStatus(`Redone: ${step.label}.`);
      }),
    [history, attempt],
  );

  // Undo and redo work from anywhere in the reader, except inside a text field, which has its own.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === "TEXTAREA" || target.tagName === "INPUT")) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) {
        event.preventDefault();
        void undo();
      } else if ((key === "z" && event.shiftKey) || key === "y") {
        event.preventDefault();
        void redo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, redo]);

  const selected = annotations?.find((a) => a.id === selectedId);

  return (
    <div className="reader">
      <header className="reader-header">
        <a href="#/" className="back">
          ← Library
        </a>
        <h1 className="reader-title">{article.title}</h1>
        <button
          type="button"
          onClick={() => db && attempt("export", () => exportArticles(db, [article], article.id))}
          disabled={!db}
        >
          Export JSON
        </button>
      </header>
      <div className="reader-body">
        <main className="reader-main">
          {annotations === undefined ? (
            <p className="loading">Loading annotations…</p>
          ) : (
            <ArticleText
              text={article.text}
              title={article.title}
              highlights={highlights}
              selectedId={selectedId}
              onTag={tag}
              onSelectAnnotation={(id) => setSelectedId(id)}
              onDeleteSelected={() => selected && remove(selected)}
              controllerRef={controllerRef}
            />
          )}
        </main>
        <aside className="sidebar" aria-label="Annotations of this article">
          <div className="sidebar-header">
            <h2>
              Annotations <span className="count">{annotations?.length ?? 0}</span>
            </h2>
            <div className="undo-buttons">
              <button
                type="button"
                onClick={undo}
                disabled={!history.undoLabel}
                aria-keyshortcuts="Control+Z Meta+Z"
                title={history.undoLabel ? `Undo ${history.undoLabel} (${MOD}+Z)` : "Nothing to undo"}
              >
                Undo
              </button>
              <button
                type="button"
                onClick={redo}
                disabled={!history.redoLabel}
                aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
                title={history.redoLabel ? `Redo ${history.redoLabel} (${MOD}+Shift+Z)` : "Nothing to redo"}
              >
                Redo
              </button>
            </div>
          </div>
          <fieldset className="tag-filter">
            <legend>Show</legend>
            {TAGS.map((t) => (
              <label key={t} className={`tag-chip tag-${t}`}>
                <input
                  type="checkbox"
                  checked={shownTags.has(t)}
                  onChange={(event) => {
                    const next = new Set(shownTags);
                    if (event.target.checked) next.add(t);
                    else next.delete(t);
                    setShownTags(next);
                  }}
                />
                {TAG_LABELS[t]}s
              </label>
            ))}
          </fieldset>
          <p className="status" role="status" aria-live="polite">
            {status}
          </p>
          <AnnotationList
            annotations={visible}
            selectedId={selectedId}
            onSelect={select}
            onRetag={(a, t) =>
              db && attempt("change the tag", () => history.record(updateAnnotation(db, a.id, { tag: t })))
            }
            onNote={(a, note) =>
              db && attempt("save the note", () => history.record(updateAnnotation(db, a.id, { note })))
            }
            onDelete={remove}
          />
          <details className="keys">
            <summary>Keyboard</summary>
            <dl>
              <dt>Arrows, Shift+Arrows, {MOD}+Shift+Arrows</dt>
              <dd>move the caret, select by character or word</dd>
              <dt>1 2 3 4</dt>
              <dd>tag the selection as quote, claim, statistic, speaker</dd>
              <dt>Delete</dt>
              <dd>delete the selected annotation</dd>
              <dt>
                {MOD}+Z, {MOD}+Shift+Z
              </dt>
              <dd>undo, redo</dd>
            </dl>
          </details>
        </aside>
      </div>
    </div>
  );
}
