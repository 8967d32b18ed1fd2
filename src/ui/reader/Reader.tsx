import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Highlight } from "../../editor/highlights";
import type { ReaderController } from "../../editor/readerView";
import { spanOf } from "../../model/anchor";
import { paragraphsOf, textOffsets, type Utf16Range } from "../../model/text";
import { type Annotation, type Article, TAG_LABELS, TAGS, type Tag } from "../../model/types";
import { attachOrphan, createAnnotation, deleteAnnotations, updateAnnotation } from "../../store/annotations";
import { ExportMenu } from "../export/ExportMenu";
import { downloadExport, type ExportFormat, exportArticles } from "../export/exportActions";
import { useErrorLog } from "../shared/errorLog";
import { isTextField, MOD } from "../shared/keyboard";
import { useSpeakers } from "../shared/queries";
import { useStorage } from "../shared/storage";
import { PendingWrites, usePendingWrites } from "../writes/pendingWrites";
import { useUndoHistory } from "../writes/useUndoHistory";
import { ArticleText } from "./ArticleText";
import { AttributionDialog } from "./AttributionDialog";
import { OrphanList } from "./OrphanList";
import { ReaderSidebar, type SpeakerFilter } from "./ReaderSidebar";
import { SpeakerBadge } from "./SpeakerBadge";

interface Props {
  article: Article;
  /** The article's annotations in text order, live; undefined while loading. */
  annotations: readonly Annotation[] | undefined;
  /** An annotation to select and scroll to on opening, e.g. from the speakers panel. */
  focusAnnotationId?: string | undefined;
}

export function Reader({ article, annotations, focusAnnotationId }: Props) {
  const storage = useStorage();
  const db = storage.state === "ready" ? storage.db : null;
  const speakerRows = useSpeakers();
  const speakers = speakerRows ?? [];
  const offsets = useMemo(() => textOffsets(article.text), [article.text]);
  const paragraphs = useMemo(() => paragraphsOf(article.text), [article.text]);
  const controllerRef = useRef<ReaderController | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [pickerFor, setPickerFor] = useState<string | null>(null);
  const [shownTags, setShownTags] = useState<ReadonlySet<Tag>>(() => new Set(TAGS));
  const [speakerFilter, setSpeakerFilter] = useState<SpeakerFilter>("all");
  const [status, setStatus] = useState("");
  const history = useUndoHistory(db);

  const speakerNames = useMemo(() => new Map(speakers.map((s) => [s.id, s.name])), [speakers]);
  const orphans = useMemo(() => (annotations ?? []).filter((a) => a.orphan), [annotations]);
  const [textRange, setTextRange] = useState<Utf16Range | null>(null);
  const visible = useMemo(
    () =>
      (annotations ?? []).filter(
        (a) =>
          !a.orphan &&
          shownTags.has(a.tag) &&
          (speakerFilter === "all" ||
            (speakerFilter === "unattributed" ? a.speakerId === null : a.speakerId === speakerFilter)),
      ),
    [annotations, shownTags, speakerFilter],
  );
  const highlights = useMemo<Highlight[]>(
    () =>
      visible.map((a) => {
        const name = a.speakerId ? speakerNames.get(a.speakerId) : undefined;
        const title = `${TAG_LABELS[a.tag]}${name ? (a.tag === "speaker" ? `: ${name}` : `, said by ${name}`) : ""}`;
        return { id: a.id, tag: a.tag, from: offsets.toUtf16(a.start), to: offsets.toUtf16(a.end), title };
      }),
    [visible, offsets, speakerNames],
  );

  // Optimistic drawing falls back to these, the database's state, when a write fails.
  const highlightsRef = useRef(highlights);
  highlightsRef.current = highlights;

  // A write that fails leaves the database as it was; the user is told at once and the change is kept.
  const { report } = useErrorLog();
  const { pending, attempt, retry, dismiss } = usePendingWrites(report);

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
      // Drawn at once, with the selection collapsed in the same update; the database write follows,
      // and the row is read back with it.
      controllerRef.current?.putHighlight(
        { id: annotation.id, tag: tagName, from: range.start, to: range.end },
        { clearSelection: true },
      );
      void attempt(
        "save the annotation",
        async () => {
          await history.record(createAnnotation(db, annotation)).catch((error: unknown) => {
            controllerRef.current?.setHighlights(highlightsRef.current);
            throw error;
          });
          setSelectedId(annotation.id);
          setStatus(`Tagged ${TAG_LABELS[tagName].toLowerCase()}: “${annotation.exact.slice(0, 60)}”`);
          setPickerFor(annotation.id);
        },
        annotation,
      );
    },
    [db, article, offsets, history, attempt],
  );

  const remove = useCallback(
    (annotation: Annotation) => {
      if (!db) return;
      controllerRef.current?.removeHighlight(annotation.id);
      void attempt(
        "delete the annotation",
        async () => {
          await history.record(deleteAnnotations(db, [annotation.id])).catch((error: unknown) => {
            controllerRef.current?.setHighlights(highlightsRef.current);
            throw error;
          });
          setSelectedId((id) => (id === annotation.id ? null : id));
          setStatus(`Deleted ${annotation.tag}. ${MOD}+Z brings it back.`);
        },
        { delete: annotation },
      );
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

  // Opening with an annotation named in the URL selects it once the annotations are there.
  const focused = useRef(false);
  useEffect(() => {
    if (focused.current || !focusAnnotationId || !annotations) return;
    const target = annotations.find((a) => a.id === focusAnnotationId);
    focused.current = true;
    if (target) requestAnimationFrame(() => select(target));
  }, [focusAnnotationId, annotations, select]);

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
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return;
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
  const pickerAnnotation = annotations?.find((a) => a.id === pickerFor);
  const patch = (what: string, a: Annotation, change: Parameters<typeof updateAnnotation>[2]) =>
    db &&
    attempt(what, () => history.record(updateAnnotation(db, a.id, change)), { annotationId: a.id, change });

  const exportAs = (format: ExportFormat) =>
    db &&
    attempt("export", async () => {
      // The reader holds what is stored, followed from the database: exporting that is a tenth of the
      // time of reading 10,000 annotations again. Until both have been read, the database it is.
      if (annotations && speakerRows)
        downloadExport({ articles: [article], annotations, speakers: speakerRows }, article.id, format);
      else await exportArticles(db, [article], article.id, format);
    });

  return (
    <div className="reader">
      <header className="reader-header">
        <a href="#/" className="back">
          ← Library
        </a>
        <h1 className="reader-title">{article.title}</h1>
        <a href="#/speakers" className="header-link">
          Speakers
        </a>
        <button type="button" onClick={() => exportAs("json")} disabled={!db}>
          Export JSON
        </button>
        <ExportMenu disabled={!db} onExport={exportAs} />
      </header>
      <div className="reader-body">
        <main className="reader-main">
          {/* The text shows at once; its highlights are drawn when the annotations have been read. */}
          <ArticleText
            text={article.text}
            title={article.title}
            highlights={highlights}
            selectedId={selectedId}
            onTag={tag}
            onSelectAnnotation={(id) => setSelectedId(id)}
            onDeleteSelected={() => selected && remove(selected)}
            onAttributeSelected={() => selected && setPickerFor(selected.id)}
            onRangeChange={setTextRange}
            controllerRef={controllerRef}
          />
          {selected?.speakerId && speakerNames.has(selected.speakerId) && !pickerFor ? (
            <SpeakerBadge
              controllerRef={controllerRef}
              range={{ start: offsets.toUtf16(selected.start), end: offsets.toUtf16(selected.end) }}
              label={`${selected.tag === "speaker" ? "" : "Said by "}${speakerNames.get(selected.speakerId)}`}
            />
          ) : null}
        </main>
        <ReaderSidebar
          notices={<PendingWrites pending={pending} retry={retry} dismiss={dismiss} />}
          orphans={
            <OrphanList
              orphans={orphans}
              canAttach={textRange !== null}
              onAttach={(orphan) => {
                if (!db || !textRange) return;
                const span = spanOf(
                  article.text,
                  offsets,
                  offsets.toCodePoint(textRange.start),
                  offsets.toCodePoint(textRange.end),
                );
                controllerRef.current?.clearSelection();
                void attempt(
                  "attach the orphan",
                  async () => {
                    await history.record(attachOrphan(db, orphan.id, span));
                    setSelectedId(orphan.id);
                    setStatus(`Attached to “${span.exact.slice(0, 60)}”.`);
                  },
                  { attach: orphan.id, span },
                );
              }}
              onDelete={remove}
            />
          }
          total={annotations?.length ?? null}
          annotations={visible}
          speakers={speakers}
          selectedId={selectedId}
          shownTags={shownTags}
          onShownTags={setShownTags}
          speakerFilter={speakerFilter}
          onSpeakerFilter={setSpeakerFilter}
          status={status}
          undoLabel={history.undoLabel}
          redoLabel={history.redoLabel}
          onUndo={undo}
          onRedo={redo}
          onSelect={select}
          onRetag={(a, t) => {
            // Redrawn at once in the new tag's look; the database write follows.
            const drawn = highlightsRef.current.find((h) => h.id === a.id);
            if (drawn) controllerRef.current?.putHighlight({ ...drawn, tag: t });
            patch("change the tag", a, { tag: t });
          }}
          onNote={(a, note) => patch("save the note", a, { note })}
          onDelete={remove}
          onAttribute={(a) => {
            setSelectedId(a.id);
            setPickerFor(a.id);
          }}
        />
      </div>
      {db && pickerAnnotation && annotations ? (
        <AttributionDialog
          db={db}
          article={article}
          offsets={offsets}
          paragraphs={paragraphs}
          annotation={pickerAnnotation}
          annotations={annotations}
          speakers={speakers}
          record={history.record}
          onClose={(message) => {
            setPickerFor(null);
            if (message) setStatus(message);
            controllerRef.current?.view.focus();
          }}
        />
      ) : null}
    </div>
  );
}
