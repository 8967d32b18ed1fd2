import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { createAnnotationSelection } from "../../editor/annotationSelection";
import type { ReaderController } from "../../editor/readerView";
import type { SuggestionMark } from "../../editor/suggestions";
import { snapToWords } from "../../model/anchor";
import { describeError } from "../../model/describeError";
import { layerName } from "../../model/layers";
import { type CodePointSpan, paragraphsOf, textOffsets, type Utf16Range } from "../../model/text";
import { type Annotation, type Article, GOLD_LAYER, QUOTE_KIND_LABELS, type Tag } from "../../model/types";
import { setAskSpeakerAfterTag } from "../../store/meta";
import { ALT } from "../shared/keyboard";
import { useAskSpeakerAfterTag, useOwnName, useSpeakers } from "../shared/queries";
import { NARROW_SCREEN, useMediaQuery } from "../shared/useMediaQuery";
import { useWrites } from "../writes/WritesProvider";
import type { AnnotationActions } from "./AnnotationList";
import { ArticleText } from "./ArticleText";
import { AttributionDialog } from "./AttributionDialog";
import { FindBar } from "./FindBar";
import { OrphanList } from "./OrphanList";
import { ReaderBar } from "./ReaderBar";
import { ReaderHeader } from "./ReaderHeader";
import { ReaderSidebar } from "./ReaderSidebar";
import { SpeakerBadge } from "./SpeakerBadge";
import { SuggestionReview, sourceWords } from "./SuggestionReview";
import { SuggestionsPanel } from "./SuggestionsPanel";
import { useAnnotationPanel } from "./useAnnotationPanel";
import { useAnnotationWrites } from "./useAnnotationWrites";
import { useFind } from "./useFind";
import { useShownAnnotations } from "./useShownAnnotations";
import { useSuggestions } from "./useSuggestions";

interface Props {
  article: Article;
  /** The article's annotations in text order, live; undefined while loading. */
  annotations: readonly Annotation[] | undefined;
  /** An annotation to select and scroll to on opening, e.g. from the speakers panel. */
  focusAnnotationId?: string | undefined;
  /** A place of the text to select and scroll to on opening, e.g. a hit of the library search. */
  focusSpan?: CodePointSpan | undefined;
  /** Open showing one layer ("gold", an annotator's name) or "differ": only where the layers differ. */
  openLayers?: string | undefined;
}

/** One article: its text with the highlights, the annotations beside it, and the speaker picker. */
export function Reader({ article, annotations, focusAnnotationId, focusSpan, openLayers }: Props) {
  const speakerRows = useSpeakers();
  const speakers = speakerRows ?? [];
  const offsets = useMemo(() => textOffsets(article.text), [article.text]);
  const paragraphs = useMemo(() => paragraphsOf(article.text), [article.text]);
  const controllerRef = useRef<ReaderController | null>(null);
  const [selection] = useState(createAnnotationSelection);
  const selectedId = useSyncExternalStore(selection.subscribe, selection.get);
  // The picker opens in the frame that draws a new tag, before the database has the row: `pending` is
  // the annotation as created, until the list holds it.
  const [picker, setPicker] = useState<{ id: string; pending?: Annotation } | null>(null);
  const pickerFor = picker?.id ?? null;
  const narrow = useMediaQuery(NARROW_SCREEN);
  const panel = useAnnotationPanel(narrow);
  const [toolbarDock, setToolbarDock] = useState<HTMLDivElement | null>(null);
  /** What had the focus when the speaker picker opened, to give it back if the text cannot take it. */
  const pickerOpener = useRef<Element | null>(null);
  const [textRange, setTextRange] = useState<Utf16Range | null>(null);
  // Whether the picker opens after each tag: the user's choice at once (a tag right after it must
  // follow it), the stored setting once it is read back. Read when a tag is saved, which may come after
  // a render.
  const { db, announce } = useWrites();
  const [askChosen, setAskChosen] = useState<boolean | null>(null);
  const askStored = useAskSpeakerAfterTag();
  const askAfterTag = useRef(true);
  askAfterTag.current = askChosen ?? askStored;
  const askSetting = db
    ? {
        value: askAfterTag.current,
        onChange: (ask: boolean) => {
          setAskChosen(ask);
          setAskSpeakerAfterTag(db, ask).then(
            () => announce(ask ? "The picker opens after each tag." : "The picker opens only with A."),
            (error: unknown) => announce(`Could not save the setting: ${describeError(error)}`),
          );
        },
      }
    : undefined;
  const ownName = useOwnName();
  const nameOfLayer = useCallback((layer: string) => layerName(layer, ownName), [ownName]);
  const { filters, shown, highlights, orphans } = useShownAnnotations(
    annotations,
    speakers,
    offsets,
    nameOfLayer,
    openLayers === undefined
      ? undefined
      : openLayers === "differ"
        ? { show: "differ" }
        : { show: "one", layer: openLayers },
  );
  const suggestions = useSuggestions(article, offsets, annotations, speakers);
  // The suggestions drawn in the text, the one under review apart.
  const suggestionMarks = useMemo<SuggestionMark[]>(
    () =>
      (suggestions.waiting ?? []).map((p) => ({
        key: p.key,
        content: p.fragments.map((f) => offsets.toUtf16Range(f)),
        cue: p.cue && offsets.toUtf16Range(p.cue),
        source: p.source && offsets.toUtf16Range(p.source),
        title: `Suggested ${QUOTE_KIND_LABELS[p.kind].toLowerCase()} quote${p.source ? `, by ${sourceWords(p)}` : ""} (${Math.round(p.confidence * 100)}%): J and K to move, Enter to accept, X to reject`,
      })),
    [suggestions.waiting, offsets],
  );
  useEffect(() => {
    controllerRef.current?.setSuggestions(suggestionMarks, suggestions.current?.key ?? null);
  }, [suggestionMarks, suggestions.current]);
  const reviewSuggestion = (proposal: { fragments: readonly { start: number; end: number }[] } | null) => {
    const first = proposal?.fragments[0];
    if (first) controllerRef.current?.reveal(offsets.toUtf16Range(first as CodePointSpan));
  };
  const stepSuggestion = (direction: 1 | -1) => {
    const proposal = suggestions.step(direction);
    reviewSuggestion(proposal);
    return proposal;
  };
  const onSuggestionKey = (key: "next" | "previous" | "accept" | "reject"): boolean => {
    if (key === "next" || key === "previous") return stepSuggestion(key === "next" ? 1 : -1) !== null;
    const current = suggestions.current;
    if (!current) return false;
    if (key === "accept") suggestions.accept(current);
    else suggestions.reject(current);
    return true;
  };

  // A failed write redraws what the database holds.
  const storedHighlights = useRef(highlights);
  storedHighlights.current = highlights;
  const writes = useAnnotationWrites({
    // A curator viewing the gold layer tags into it; any other view tags into the user's own layer.
    layer:
      filters.layerView.show === "one" && filters.layerView.layer === GOLD_LAYER ? GOLD_LAYER : undefined,
    article,
    offsets,
    controllerRef,
    storedHighlights,
    selection,
    onCreated: useCallback((created: Annotation) => {
      if (!askAfterTag.current) return;
      pickerOpener.current = null;
      setPicker({ id: created.id, pending: created });
    }, []),
    onCreateRefused: useCallback((refused: Annotation) => {
      setPicker((open) => (open?.id === refused.id ? null : open));
    }, []),
  });
  const openPicker = useCallback((annotation: Annotation) => {
    pickerOpener.current = document.activeElement;
    setPicker({ id: annotation.id });
  }, []);

  const actions = useMemo<AnnotationActions>(
    () => ({
      select(annotation) {
        selection.select(annotation.id);
        controllerRef.current?.reveal(offsets.toUtf16Range(annotation));
      },
      retag: writes.retag,
      note: writes.saveNote,
      remove: writes.remove,
      confirm: writes.confirmPlacement,
      setKind: (annotation, kind) => writes.patch(annotation, { kind }, "change the kind"),
      removePart: writes.removePart,
      attribute(annotation) {
        selection.select(annotation.id);
        openPicker(annotation);
      },
    }),
    [selection, offsets, writes, openPicker],
  );

  // Opening with an annotation named in the URL selects it once the annotations are there.
  const focused = useRef(false);
  useEffect(() => {
    if (focused.current || !focusAnnotationId || !annotations) return;
    const target = annotations.find((a) => a.id === focusAnnotationId);
    focused.current = true;
    if (target) requestAnimationFrame(() => actions.select(target));
  }, [focusAnnotationId, annotations, actions]);

  // Opening at a place of the text selects it, with the keyboard in the text: 1–4 tag it.
  const spanShown = useRef(false);
  useEffect(() => {
    if (spanShown.current || !focusSpan) return;
    spanShown.current = true;
    controllerRef.current?.selectRange(offsets.toUtf16Range(focusSpan), { focus: true });
  }, [focusSpan, offsets]);

  const find = useFind(article.text, controllerRef);
  // A match tagged from the find bar gives the keyboard back to the find bar once the picker closes.
  const taggedFromFind = useRef(false);
  const tagMatch = (tag: Tag) => {
    const range = find.current === null ? undefined : find.matches[find.current];
    const snapped = range ? snapToWords(article.text, range) : null;
    if (!snapped) return;
    taggedFromFind.current = true;
    writes.create(tag, snapped);
  };

  // Looked up when the list or the choice changes, not at every render (a drag renders the reader).
  const selected = useMemo(() => annotations?.find((a) => a.id === selectedId), [annotations, selectedId]);
  const pickerAnnotation = useMemo(
    () => annotations?.find((a) => a.id === picker?.id) ?? picker?.pending,
    [annotations, picker],
  );
  const rectOf = useCallback((range: Utf16Range) => {
    try {
      return controllerRef.current?.rectsOf(range) ?? null;
    } catch {
      // A place not laid out (far off screen) has no rectangle.
      return null;
    }
  }, []);
  // A new selection in the text is the next task: the picker gives way to it.
  const onRangeChange = useCallback((range: Utf16Range | null) => {
    setTextRange(range);
    if (range) setPicker(null);
  }, []);
  const selectedSpeaker = selected?.speakerId ? speakers.find((s) => s.id === selected.speakerId) : undefined;

  return (
    <div className="reader">
      {/* The panel over the text is modal: what is behind it can be neither reached nor tapped. */}
      <ReaderHeader article={article} narrow={narrow} inert={panel.open} onFind={find.show} />
      <div className="reader-body">
        <main className="reader-main" inert={panel.open}>
          {find.open ? <FindBar find={find} onTag={tagMatch} /> : null}
          {/* The text shows at once; its highlights are drawn when the annotations have been read. */}
          <ArticleText
            text={article.text}
            title={article.title}
            highlights={highlights}
            selection={selection}
            onTag={writes.create}
            onDeleteSelected={() => selected && writes.remove(selected)}
            onAttributeSelected={() => selected && openPicker(selected)}
            onConfirmSelected={() => selected?.review && writes.confirmPlacement(selected)}
            onSuggestionKey={onSuggestionKey}
            onSuggestionClick={(key) =>
              suggestions.review(suggestions.waiting?.find((p) => p.key === key) ?? null)
            }
            onPart={(part, range) => {
              // A speaker span is a name, not an attribution: it has no fragments, cue or source.
              if (selected && selected.tag !== "speaker") writes.markPart(selected, part, range, speakers);
            }}
            selectedTag={selected?.tag}
            onRangeChange={onRangeChange}
            controllerRef={controllerRef}
            toolbarDock={narrow ? toolbarDock : null}
            tagKeyModifier={find.open && find.fieldFocused ? ALT : undefined}
          />
          {/* A narrow screen's bar says who; there the badge would cover the next line of a small text. */}
          {selected && selectedSpeaker && !pickerFor && !narrow ? (
            <SpeakerBadge
              controllerRef={controllerRef}
              range={offsets.toUtf16Range(selected)}
              label={`${selected.tag === "speaker" ? "" : "Said by "}${selectedSpeaker.name}`}
            />
          ) : null}
          {narrow ? (
            <ReaderBar
              suggestion={
                suggestions.current ? (
                  <SuggestionReview
                    current={suggestions.current}
                    onStep={stepSuggestion}
                    onAccept={suggestions.accept}
                    onReject={suggestions.reject}
                  />
                ) : null
              }
              suggestionsWaiting={suggestions.waiting?.length ?? 0}
              selected={selected}
              speaker={selectedSpeaker}
              total={annotations?.length ?? null}
              toolbarDock={setToolbarDock}
              onAttribute={actions.attribute}
              onOpenPanel={panel.show}
            />
          ) : null}
        </main>
        {panel.open ? (
          // biome-ignore lint/a11y/noStaticElementInteractions: a tap beside the panel closes it; its Close button and Escape do the same by keyboard.
          // biome-ignore lint/a11y/useKeyWithClickEvents: as above.
          <div className="panel-backdrop" onClick={panel.hide} />
        ) : null}
        <ReaderSidebar
          layerName={nameOfLayer}
          total={annotations?.length ?? null}
          shown={shown}
          speakers={speakers}
          selectedId={selectedId}
          filters={filters}
          actions={actions}
          suggestions={
            <SuggestionsPanel
              suggestions={suggestions}
              onStep={(direction) => {
                // On a narrow screen the panel covers the text: it gives way to the suggestion shown,
                // which the bar then reviews.
                if (narrow) panel.hide();
                stepSuggestion(direction);
              }}
            />
          }
          orphans={
            <OrphanList
              orphans={orphans}
              canAttach={textRange !== null}
              onAttach={(orphan) => textRange && writes.attachOrphan(orphan, textRange)}
              onDelete={writes.remove}
            />
          }
          panel={narrow ? { open: panel.open, onClose: panel.hide } : undefined}
        />
      </div>
      {pickerAnnotation ? (
        <AttributionDialog
          askAfterTag={askSetting}
          article={article}
          offsets={offsets}
          paragraphs={paragraphs}
          annotation={pickerAnnotation}
          annotations={annotations ?? []}
          speakers={speakers}
          rectOf={rectOf}
          onClose={(how) => {
            setPicker(null);
            // A press elsewhere takes the focus where it pressed.
            if (how === "elsewhere") {
              taggedFromFind.current = false;
              return;
            }
            // Behind an open panel the text is inert: the control that opened the picker takes the focus.
            const opener = pickerOpener.current;
            if (panel.open && opener instanceof HTMLElement && opener.isConnected) opener.focus();
            else if (taggedFromFind.current && find.open) find.inputRef.current?.focus();
            else controllerRef.current?.view.focus();
            taggedFromFind.current = false;
          }}
        />
      ) : null}
    </div>
  );
}
