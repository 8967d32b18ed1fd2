import { useCallback, useMemo } from "react";
import { drawnParts, excerptOf } from "../../model/attribution";
import { type FoundAttribution, findAttribution } from "../../model/findAttribution";
import { displayNameOf, matchSpeakers, type SourceSpeaker, speakerOfSource } from "../../model/speakerNames";
import {
  antecedentOf,
  findMentions,
  MAX_REACH,
  proposeSpeakers,
  type SpeakerMention,
} from "../../model/speakerProposals";
import { type Paragraph, type TextOffsets, type Utf16Range, utf16 } from "../../model/text";
import type { Annotation, Article, Speaker } from "../../model/types";
import { attributeAnnotation, type SpeakerChoice } from "../../store/attributeAnnotation";
import { useArticles, useArticlesBySpeaker } from "../shared/queries";
import { useWrites } from "../writes/WritesProvider";
import { type PickerProposal, type ScreenRect, SpeakerPicker } from "./SpeakerPicker";

interface Props {
  article: Article;
  /** The article's offset and paragraph tables, computed once by the reader (a long text takes a while). */
  offsets: TextOffsets;
  paragraphs: readonly Paragraph[];
  annotation: Annotation;
  /** The article's annotations: its linked speaker spans are evidence for the proposal. */
  annotations: readonly Annotation[];
  speakers: readonly Speaker[];
  onClose(how?: "elsewhere"): void;
  /** Viewport rectangle of a range of the text (UTF-16), or null when it is not drawn. */
  rectOf(range: Utf16Range): ScreenRect | null;
  /** Whether the picker opens after each tag, and how to change it (the reader keeps the choice). */
  askAfterTag?: { value: boolean; onChange(ask: boolean): void } | undefined;
}

/** Asks who said a quote, claim or statistic, or which speaker a speaker span names, proposing the likeliest first. */
export function AttributionDialog({
  article,
  offsets,
  paragraphs,
  annotation,
  annotations,
  speakers,
  onClose,
  rectOf,
  askAfterTag,
}: Props) {
  const { write, announce } = useWrites();
  const speakerArticles = useArticlesBySpeaker();
  const articles = useArticles();
  const isMention = annotation.tag === "speaker";

  // The attribution written next to the quote, when the user has not marked its source: who the cue
  // names is the evidence, and its words become the quote's cue and source when that person is chosen.
  const found = useMemo(
    () =>
      isMention || annotation.source ? null : findAttribution(article.text, offsets.toUtf16Range(annotation)),
    [isMention, annotation, article.text, offsets],
  );
  const sourceText = annotation.source?.exact ?? (found && !found.pronoun ? found.sourceText : null);
  const named = useMemo(
    () => (sourceText ? speakerOfSource(sourceText, speakers) : null),
    [sourceText, speakers],
  );

  const proposals = useMemo((): (PickerProposal & { fromCue?: true })[] => {
    if (isMention) {
      // The same name, or a surname only one speaker has, is evidence; a surname two share is not.
      const matches = matchSpeakers(annotation.exact, speakers);
      return matches.map((m) => ({
        speakerId: m.speaker.id,
        reason: m.strength === 2 ? "same name" : "same surname",
        strong: m.strength === 2 || matches.length === 1,
      }));
    }
    const target = offsets.toUtf16Range(annotation);
    // Only speaker spans within reach can be proposed: they are picked in code points, compared with
    // the reach's ends, so that 100,000 annotations are not all converted to be looked at.
    const reach = offsets.toCodePointSpan({
      start: utf16(Math.max(0, target.start - MAX_REACH - 1)),
      end: utf16(Math.min(article.text.length, target.end + MAX_REACH + 1)),
    });
    const tagged = annotations
      .filter(
        (a) =>
          a.tag === "speaker" &&
          a.speakerId !== null &&
          a.id !== annotation.id &&
          a.end > reach.start &&
          a.start < reach.end,
      )
      .map((a) => ({ ...offsets.toUtf16Range(a), speakerId: a.speakerId as string }));
    const nearby = proposeSpeakers(article.text, target, tagged, speakers, paragraphs)
      .slice(0, 5)
      // A name with a speech verb next to the quote is evidence; a name merely nearby is not.
      .map((p) => ({ speakerId: p.speakerId, reason: p.reason, strong: p.cued }));
    // The pronouns the article's sources already use for each speaker: "she said" is not Mr Restrepo.
    const pronouns = new Map<string, Set<string>>();
    for (const a of annotations) {
      const word = a.source?.exact.toLowerCase();
      if (!a.speakerId || (word !== "he" && word !== "she")) continue;
      pronouns.set(a.speakerId, (pronouns.get(a.speakerId) ?? new Set()).add(word));
    }
    const pronounsOf = (speakerId: string) => pronouns.get(speakerId) ?? new Set<string>();
    const evidence = strongProposal(named, found, target, tagged, article.text, speakers, pronounsOf);
    return evidence ? [evidence, ...nearby.filter((p) => p.speakerId !== evidence.speakerId)] : nearby;
  }, [isMention, annotation, annotations, article.text, speakers, offsets, paragraphs, named, found]);

  // The cue and source the text shows, as excerpts: saved with the person the evidence names.
  const foundExcerpts = (): Pick<Annotation, "cue" | "source"> =>
    found
      ? {
          cue: excerptOf(article.text, offsets, offsets.toCodePointSpan(found.cue)),
          source: excerptOf(article.text, offsets, offsets.toCodePointSpan(found.source)),
        }
      : {};
  const foundParts = (speakerId: string | null): Pick<Annotation, "cue" | "source"> => {
    // Only the speaker found at the words touching the quote: a name cued elsewhere has other words.
    const first = proposals[0];
    const evidence = first?.fromCue ? first.speakerId : null;
    if (annotation.cue || annotation.source || speakerId === null || speakerId !== evidence) return {};
    return foundExcerpts();
  };
  const createdParts = (): Pick<Annotation, "cue" | "source"> =>
    named && "createName" in named && !annotation.cue ? foundExcerpts() : {};

  // Beside the quote and the words that attribute it, never over them.
  const anchor = useCallback(() => {
    const ranges = [
      ...drawnParts(annotation).map((part) => offsets.toUtf16Range(part)),
      ...(found ? [found.cue, found.source] : []),
    ];
    const rects = ranges.map(rectOf).filter((r): r is ScreenRect => r !== null);
    if (rects.length === 0) return null;
    return {
      top: Math.min(...rects.map((r) => r.top)),
      bottom: Math.max(...rects.map((r) => r.bottom)),
      left: Math.min(...rects.map((r) => r.left)),
      right: Math.max(...rects.map((r) => r.right)),
    };
  }, [annotation, offsets, found, rectOf]);

  const titles = useMemo(() => new Map((articles ?? []).map((a) => [a.id, a.title])), [articles]);
  const articleTitlesOf = (speakerId: string) =>
    [...(speakerArticles?.get(speakerId) ?? [])].map((id) => titles.get(id) ?? id);

  const apply = async (choice: SpeakerChoice, message: string, parts: Pick<Annotation, "cue" | "source">) => {
    onClose();
    // The source's words become an alias when they are a name; "he" is nobody's alias.
    const named = parts.source && found && !found.pronoun ? parts.source.exact : null;
    const mention = isMention ? annotation.exact : named;
    await write("save the speaker", (db) => attributeAnnotation(db, annotation.id, choice, mention, parts), {
      data: { annotationId: annotation.id, choice, parts },
      onSaved: () => announce(message),
    });
  };

  return (
    <SpeakerPicker
      title={isMention ? "Which speaker is this?" : `Who said this ${annotation.tag}?`}
      excerpt={annotation.exact}
      suggestedName={
        isMention ? displayNameOf(annotation.exact) : named && "createName" in named ? named.createName : ""
      }
      proposals={proposals}
      speakers={speakers}
      currentSpeakerId={annotation.speakerId}
      articlesOf={articleTitlesOf}
      onChoose={(speakerId) => {
        const name = speakers.find((s) => s.id === speakerId)?.name;
        void apply(
          { speakerId },
          name ? `Attributed to ${name}.` : "Attribution removed.",
          foundParts(speakerId),
        );
      }}
      onCreate={(name) => {
        const speaker: Speaker = { id: crypto.randomUUID(), name, aliases: [] };
        void apply({ create: speaker }, `Created speaker ${name}.`, createdParts());
      }}
      onClose={onClose}
      anchor={anchor}
      askAfterTag={askAfterTag}
    />
  );
}

/**
 * The one proposal strong enough to choose with Enter: the known speaker the words at the cue name,
 * or, for "he said", the speaker last named before the quote (tagged or by name, within reach) whom
 * the article does not already call "she" (and the other way round).
 */
function strongProposal(
  named: SourceSpeaker,
  found: FoundAttribution | null,
  target: Utf16Range,
  tagged: readonly SpeakerMention[],
  text: string,
  speakers: readonly Speaker[],
  pronounsOf: (speakerId: string) => ReadonlySet<string>,
): (PickerProposal & { fromCue: true }) | null {
  if (named && "speakerId" in named) {
    const words = found ? text.slice(found.source.start, found.source.end) : "the source";
    return {
      speakerId: named.speakerId,
      reason: `named at the cue: “${words}”`,
      strong: true,
      fromCue: true,
    };
  }
  if (!found?.pronoun) return null;
  const from = utf16(Math.max(0, target.start - MAX_REACH));
  const before = [
    ...tagged.filter((m) => m.start >= from),
    ...findMentions(text, { start: from, end: target.start }, speakers),
  ];
  const last = antecedentOf(found.sourceText, before, target.start, pronounsOf);
  if (!last) return null;
  return {
    speakerId: last.speakerId,
    reason: `last named before “${found.sourceText} ${text.slice(found.cue.start, found.cue.end)}”`,
    strong: true,
    fromCue: true,
  };
}
