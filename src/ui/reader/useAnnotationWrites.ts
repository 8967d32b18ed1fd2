import { useCallback, useMemo } from "react";
import type { AnnotationSelection } from "../../editor/annotationSelection";
import type { Highlight } from "../../editor/highlights";
import type { ReaderController } from "../../editor/readerView";
import { spanOf } from "../../model/anchor";
import {
  addFragment,
  contentFragments,
  excerptOf,
  proposeKind,
  removeFragment,
} from "../../model/attribution";
import { speakerOfSource } from "../../model/speakerNames";
import type { TextOffsets, Utf16Range } from "../../model/text";
import {
  type Annotation,
  type AnnotationPatch,
  type Article,
  type AttributionPart,
  SPAN_NAMES,
  type Speaker,
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
import { attributeAnnotation, type SpeakerChoice } from "../../store/attributeAnnotation";
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
  /**
   * Makes `range` a part of the annotation: another fragment of its content, its cue, or its source
   * (which also says who said it when its words name a speaker, known or new).
   */
  markPart(annotation: Annotation, part: MarkedPart, range: Utf16Range, speakers: readonly Speaker[]): void;
  /** Takes a part away: a fragment by its index among the content's fragments, or the cue or source. */
  removePart(annotation: Annotation, part: "cue" | "source" | { fragment: number }): void;
}

export type MarkedPart = "fragment" | AttributionPart;

const PART_NAMES: Record<MarkedPart, string> = { fragment: "fragment", cue: "cue", source: "source" };

interface Options {
  article: Article;
  offsets: TextOffsets;
  controllerRef: React.RefObject<ReaderController | null>;
  /** What the database holds, drawn: a failed write redraws this. */
  storedHighlights: React.RefObject<readonly Highlight[]>;
  selection: AnnotationSelection;
  /** Called when a new annotation is drawn, before it is saved, e.g. to ask who said it. */
  onCreated(annotation: Annotation): void;
  /** Called when storage refused a new annotation (it waits with Retry), e.g. to stop asking about it. */
  onCreateRefused?(annotation: Annotation): void;
  /** The layer new annotations go to: the user's own (undefined), or the gold layer a curator edits. */
  layer?: string | undefined;
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
  onCreateRefused,
  layer,
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
        // A quote's kind is proposed from its quotation marks; the user changes it in the list.
        ...(tag === "quote" ? { kind: proposeKind(article.text, offsets, [span]) } : {}),
        speakerId: null,
        note: "",
        ...(layer ? { annotator: layer } : {}),
        createdAt: now,
        updatedAt: now,
      };
      // Refused at once (no storage): nobody is asked who said it.
      let refused = false;
      // Drawn with the selection collapsed in the same update.
      controllerRef.current?.putHighlight(
        {
          id: annotation.id,
          annotationId: annotation.id,
          part: "content",
          tag,
          from: range.start,
          to: range.end,
        },
        // Asked who said it as it is drawn, in this frame: after the save, the picker could open late,
        // over the next selection.
        { clearSelection: true, afterDrawn: () => refused || onCreated(annotation) },
      );
      selection.select(annotation.id);
      void write("save the annotation", (db) => createAnnotation(db, annotation), {
        data: annotation,
        rollback() {
          refused = true;
          redrawStored();
          onCreateRefused?.(annotation);
        },
        onSaved() {
          announce(`Tagged ${TAG_LABELS[tag].toLowerCase()}: “${annotation.exact.slice(0, 60)}”`);
        },
      });
    },
    [
      article,
      offsets,
      controllerRef,
      write,
      announce,
      redrawStored,
      selection,
      onCreated,
      onCreateRefused,
      layer,
    ],
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

  const markPart = useCallback(
    (annotation: Annotation, part: MarkedPart, range: Utf16Range, speakers: readonly Speaker[]) => {
      const span = offsets.toCodePointSpan(range);
      controllerRef.current?.clearSelection();
      const said = () =>
        announce(
          `Marked ${PART_NAMES[part]}: “${excerptOf(article.text, offsets, span).exact.slice(0, 60)}”.`,
        );
      if (part === "fragment") {
        const change = addFragment(annotation, article.text, offsets, span);
        // A kind the marks proposed follows the marks of the new fragments; one the user chose stays.
        const proposed = annotation.kind === proposeKind(article.text, offsets, contentFragments(annotation));
        if (annotation.kind && proposed)
          change.kind = proposeKind(article.text, offsets, contentFragments({ ...annotation, ...change }));
        void write("add the fragment", (db) => updateAnnotation(db, annotation.id, change), {
          data: { annotationId: annotation.id, change },
          onSaved: said,
        });
        return;
      }
      const excerpt = excerptOf(article.text, offsets, span);
      if (part === "cue") {
        void write("mark the cue", (db) => updateAnnotation(db, annotation.id, { cue: excerpt }), {
          data: { annotationId: annotation.id, change: { cue: excerpt } },
          onSaved: said,
        });
        return;
      }
      // A source names the speaker when its words do: linked through names and aliases, or created.
      const named = annotation.tag === "speaker" ? null : speakerOfSource(excerpt.exact, speakers);
      const choice: SpeakerChoice | null = !named
        ? null
        : "speakerId" in named
          ? { speakerId: named.speakerId }
          : { create: { id: crypto.randomUUID(), name: named.createName, aliases: [] } };
      void write(
        "mark the source",
        (db) =>
          choice
            ? attributeAnnotation(db, annotation.id, choice, excerpt.exact, { source: excerpt })
            : updateAnnotation(db, annotation.id, { source: excerpt }),
        {
          data: { annotationId: annotation.id, source: excerpt, choice },
          onSaved() {
            const who = choice && "create" in choice ? ` New speaker: ${choice.create.name}.` : "";
            announce(`Marked source: “${excerpt.exact.slice(0, 60)}”.${who}`);
          },
        },
      );
    },
    [article.text, offsets, controllerRef, write, announce],
  );

  const removePart = useCallback(
    (annotation: Annotation, part: "cue" | "source" | { fragment: number }) => {
      const change: AnnotationPatch | null =
        typeof part === "string"
          ? { [part]: undefined }
          : removeFragment(annotation, article.text, offsets, part.fragment);
      if (!change) return;
      const what = typeof part === "string" ? `remove the ${part}` : "remove the fragment";
      void write(what, (db) => updateAnnotation(db, annotation.id, change), {
        data: { annotationId: annotation.id, change },
      });
    },
    [article.text, offsets, write],
  );

  return useMemo(
    () => ({
      create,
      remove,
      retag,
      patch,
      saveNote,
      confirmPlacement: confirm,
      attachOrphan: attach,
      markPart,
      removePart,
    }),
    [create, remove, retag, patch, saveNote, confirm, attach, markPart, removePart],
  );
}
