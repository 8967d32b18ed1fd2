import { useCallback, useMemo } from "react";
import type { AnnotationSelection } from "../../editor/annotationSelection";
import type { Highlight } from "../../editor/highlights";
import type { ReaderController } from "../../editor/readerView";
import { spanOf } from "../../model/anchor";
import type { TextOffsets, Utf16Range } from "../../model/text";
import {
  type Annotation,
  type AnnotationPatch,
  type Article,
  SPAN_NAMES,
  TAG_LABELS,
  type Tag,
} from "../../model/types";
import {
  attachOrphan,
  confirmPlacement,
  createAnnotation,
  deleteAnnotations,
  updateAnnotation,
  updateAnnotationAsShown,
} from "../../store/annotations";
import { MOD } from "../shared/keyboard";
import { useWrites } from "../writes/WritesProvider";

export interface AnnotationWrites {
  /** Tags `range` of the text. */
  create(tag: Tag, range: Utf16Range): void;
  remove(annotation: Annotation): void;
  retag(annotation: Annotation, tag: Tag): void;
  /** Saves a change of tag, note or speaker; `what` completes "Could not …". */
  patch(annotation: Annotation, change: AnnotationPatch, what: string): void;
  /**
   * Saves a note as it is typed; the saves of one annotation's note in a row are one undo step.
   * `leaving`: the page is being left, so the write starts at once and cannot wait for a read.
   */
  saveNote(annotation: Annotation, note: string, leaving?: boolean): void;
  /** Confirms where an import placed the annotation. */
  confirmPlacement(annotation: Annotation): void;
  /** Places an orphan on `range` of the text, where the user says it belongs now. */
  attachOrphan(orphan: Annotation, range: Utf16Range): void;
}

interface Options {
  article: Article;
  offsets: TextOffsets;
  controllerRef: React.RefObject<ReaderController | null>;
  /** What the database holds, drawn: a failed write redraws this. */
  storedHighlights: React.RefObject<readonly Highlight[]>;
  selection: AnnotationSelection;
  /** Called when a new annotation is saved (also on Retry), e.g. to ask who said it. */
  onCreated(annotation: Annotation): void;
}

/**
 * The reader's writes. Each is drawn at once (a key press shows in the same frame), then saved through
 * the app's one write path; when the database refuses it, the drawing goes back to what is stored and
 * the write waits with Retry. The reader follows the database by key, so a saved write is drawn again
 * from its row, which settles what was drawn ahead of it.
 */
export function useAnnotationWrites({
  article,
  offsets,
  controllerRef,
  storedHighlights,
  selection,
  onCreated,
}: Options): AnnotationWrites {
  const { write, announce } = useWrites();
  const redrawStored = useCallback(
    () => controllerRef.current?.setHighlights(storedHighlights.current),
    [controllerRef, storedHighlights],
  );

  const create = useCallback(
    (tag: Tag, range: Utf16Range) => {
      const now = new Date().toISOString();
      const span = spanOf(article.text, offsets, offsets.toCodePointSpan(range));
      const annotation: Annotation = {
        id: crypto.randomUUID(),
        articleId: article.id,
        tag,
        ...span,
        speakerId: null,
        note: "",
        createdAt: now,
        updatedAt: now,
      };
      // Drawn with the selection collapsed in the same update.
      controllerRef.current?.putHighlight(
        { id: annotation.id, tag, from: range.start, to: range.end },
        { clearSelection: true },
      );
      void write("save the annotation", (db) => createAnnotation(db, annotation), {
        data: annotation,
        rollback: redrawStored,
        onSaved() {
          selection.select(annotation.id);
          announce(`Tagged ${TAG_LABELS[tag].toLowerCase()}: “${annotation.exact.slice(0, 60)}”`);
          onCreated(annotation);
        },
      });
    },
    [article, offsets, controllerRef, write, announce, redrawStored, selection, onCreated],
  );

  const remove = useCallback(
    (annotation: Annotation) => {
      controllerRef.current?.removeHighlight(annotation.id);
      void write("delete the annotation", (db) => deleteAnnotations(db, [annotation.id]), {
        data: { delete: annotation },
        rollback: redrawStored,
        onSaved() {
          if (selection.get() === annotation.id) selection.select(null);
          announce(`Deleted ${SPAN_NAMES[annotation.tag]}. ${MOD}+Z brings it back.`);
        },
      });
    },
    [controllerRef, write, announce, redrawStored, selection],
  );

  const patch = useCallback(
    (annotation: Annotation, change: AnnotationPatch, what: string) => {
      void write(what, (db) => updateAnnotation(db, annotation.id, change), {
        data: { annotationId: annotation.id, change },
        // A change drawn ahead of the database (a retag) goes back to what is stored.
        rollback: redrawStored,
      });
    },
    [write, redrawStored],
  );

  const saveNote = useCallback(
    (annotation: Annotation, note: string, leaving = false) => {
      void write(
        "save the note",
        (db) =>
          leaving
            ? updateAnnotationAsShown(db, annotation, { note })
            : updateAnnotation(db, annotation.id, { note }),
        { data: { annotationId: annotation.id, change: { note } }, coalesce: `note ${annotation.id}` },
      );
    },
    [write],
  );

  const confirm = useCallback(
    (annotation: Annotation) => {
      void write("confirm the place", (db) => confirmPlacement(db, annotation.id), {
        data: { confirm: annotation.id },
        onSaved: () => announce(`Place confirmed: “${annotation.exact.slice(0, 60)}”.`),
      });
    },
    [write, announce],
  );

  const retag = useCallback(
    (annotation: Annotation, tag: Tag) => {
      // Redrawn at once in the new tag's look; the database write follows.
      const drawn = storedHighlights.current.find((h) => h.id === annotation.id);
      if (drawn) controllerRef.current?.putHighlight({ ...drawn, tag });
      patch(annotation, { tag }, "change the tag");
    },
    [controllerRef, storedHighlights, patch],
  );

  const attach = useCallback(
    (orphan: Annotation, range: Utf16Range) => {
      const span = spanOf(article.text, offsets, offsets.toCodePointSpan(range));
      controllerRef.current?.clearSelection();
      void write("attach the orphan", (db) => attachOrphan(db, orphan.id, span), {
        data: { attach: orphan.id, span },
        onSaved() {
          selection.select(orphan.id);
          announce(`Attached to “${span.exact.slice(0, 60)}”.`);
        },
      });
    },
    [article.text, offsets, controllerRef, write, announce, selection],
  );

  return useMemo(
    () => ({ create, remove, retag, patch, saveNote, confirmPlacement: confirm, attachOrphan: attach }),
    [create, remove, retag, patch, saveNote, confirm, attach],
  );
}
