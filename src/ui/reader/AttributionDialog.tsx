import { useMemo, useState } from "react";
import { describeError } from "../../model/describeError";
import { displayNameOf, matchSpeakers } from "../../model/speakerNames";
import { MAX_REACH, proposeSpeakers } from "../../model/speakerProposals";
import { type Paragraph, type TextOffsets, utf16 } from "../../model/text";
import type { Annotation, Article, Speaker } from "../../model/types";
import { attributeAnnotation, type SpeakerChoice } from "../../store/attributeAnnotation";
import { setAskSpeakerAfterTag } from "../../store/meta";
import { useArticles, useArticlesBySpeaker, useAskSpeakerAfterTag } from "../shared/queries";
import { useWrites } from "../writes/WritesProvider";
import { SpeakerPicker } from "./SpeakerPicker";

interface Props {
  article: Article;
  /** The article's offset and paragraph tables, computed once by the reader (a long text takes a while). */
  offsets: TextOffsets;
  paragraphs: readonly Paragraph[];
  annotation: Annotation;
  /** The article's annotations: its linked speaker spans are evidence for the proposal. */
  annotations: readonly Annotation[];
  speakers: readonly Speaker[];
  onClose(): void;
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
}: Props) {
  const { db, write, announce } = useWrites();
  // The box shows the choice at once; the stored setting follows it.
  const [askChosen, setAskChosen] = useState<boolean | null>(null);
  const askStored = useAskSpeakerAfterTag();
  const askAfterTag = askChosen ?? askStored;
  const speakerArticles = useArticlesBySpeaker();
  const articles = useArticles();
  const isMention = annotation.tag === "speaker";

  const proposals = useMemo(() => {
    if (isMention) {
      return matchSpeakers(annotation.exact, speakers).map((m) => ({
        speakerId: m.speaker.id,
        reason: m.strength === 2 ? "same name" : "same surname",
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
    return proposeSpeakers(article.text, target, tagged, speakers, paragraphs).slice(0, 5);
  }, [isMention, annotation, annotations, article.text, speakers, offsets, paragraphs]);

  const titles = useMemo(() => new Map((articles ?? []).map((a) => [a.id, a.title])), [articles]);
  const articleTitlesOf = (speakerId: string) =>
    [...(speakerArticles?.get(speakerId) ?? [])].map((id) => titles.get(id) ?? id);

  const apply = async (choice: SpeakerChoice, message: string) => {
    onClose();
    const mention = isMention ? annotation.exact : null;
    await write("save the speaker", (db) => attributeAnnotation(db, annotation.id, choice, mention), {
      data: { annotationId: annotation.id, choice },
      onSaved: () => announce(message),
    });
  };

  return (
    <SpeakerPicker
      title={isMention ? "Which speaker is this?" : `Who said this ${annotation.tag}?`}
      excerpt={annotation.exact}
      suggestedName={isMention ? displayNameOf(annotation.exact) : ""}
      proposals={proposals}
      speakers={speakers}
      currentSpeakerId={annotation.speakerId}
      articlesOf={articleTitlesOf}
      onChoose={(speakerId) => {
        const name = speakers.find((s) => s.id === speakerId)?.name;
        void apply({ speakerId }, name ? `Attributed to ${name}.` : "Attribution removed.");
      }}
      onCreate={(name) => {
        const speaker: Speaker = { id: crypto.randomUUID(), name, aliases: [] };
        void apply({ create: speaker }, `Created speaker ${name}.`);
      }}
      onClose={onClose}
      askAfterTag={
        db
          ? {
              value: askAfterTag,
              onChange: (ask) => {
                setAskChosen(ask);
                setAskSpeakerAfterTag(db, ask).then(
                  () => announce(ask ? "The picker opens after each tag." : "The picker opens only with A."),
                  (error: unknown) => announce(`Could not save the setting: ${describeError(error)}`),
                );
              },
            }
          : undefined
      }
    />
  );
}
