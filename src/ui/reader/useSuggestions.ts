import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { describeError } from "../../model/describeError";
import { annotationOfProposal, awaitingReview, type Proposal } from "../../model/suggest/proposals";
import type { TextOffsets } from "../../model/text";
import type { Annotation, Article, Speaker } from "../../model/types";
import { setShowSuggestions } from "../../store/meta";
import { acceptSuggestions, rejectSuggestion } from "../../store/suggestions";
import type { FromSuggestWorker, ToSuggestWorker } from "../../workers/suggest.worker";
import { useRejectedSuggestions, useShowSuggestions } from "../shared/queries";
import { useWrites } from "../writes/WritesProvider";

export interface ReaderSuggestions {
  /** Whether suggestions are shown (a preference kept in the database). */
  shown: boolean;
  setShown(show: boolean): void;
  /** The suggestions to review, in text order; null while the engine reads the text. */
  waiting: readonly Proposal[] | null;
  /** The one under review (J and K move it). */
  current: Proposal | null;
  review(proposal: Proposal | null): void;
  /** Moves to the next (1) or previous (-1) suggestion and returns it. */
  step(direction: 1 | -1): Proposal | null;
  accept(proposal: Proposal): void;
  reject(proposal: Proposal): void;
  /** Accepts every waiting suggestion of at least this confidence, in one undo step. */
  acceptFrom(confidence: number): void;
}

let nextRequest = 0;

/**
 * The suggestions of an article: the engine runs in a worker (never on the main thread) once per text;
 * what the user already annotated or rejected is left out; accepting makes ordinary annotations, and
 * rejecting is remembered for the text. Both are undo steps.
 */
export function useSuggestions(
  article: Article,
  offsets: TextOffsets,
  annotations: readonly Annotation[] | undefined,
  speakers: readonly Speaker[],
): ReaderSuggestions {
  const { db, write, announce } = useWrites();
  // The box shows the choice at once; the stored setting follows it.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const stored = useShowSuggestions();
  const shown = chosen ?? stored;
  const rejected = useRejectedSuggestions(article.textSha256);
  const [proposals, setProposals] = useState<Proposal[] | null>(null);
  const [currentKey, setCurrentKey] = useState<string | null>(null);

  useEffect(() => {
    if (!shown) return;
    const worker = new Worker(new URL("../../workers/suggest.worker.ts", import.meta.url), {
      type: "module",
    });
    const id = ++nextRequest;
    worker.onmessage = ({ data }: MessageEvent<FromSuggestWorker>) => {
      if (data.id === id) setProposals(data.proposals);
      worker.terminate();
    };
    worker.postMessage({ id, text: article.text } satisfies ToSuggestWorker);
    return () => worker.terminate();
  }, [shown, article.text]);

  // The same suggestions after an edit elsewhere keep the same list, so nothing is drawn again.
  const lastWaiting = useRef<Proposal[] | null>(null);
  const waiting = useMemo(() => {
    const next =
      shown && proposals && annotations && rejected ? awaitingReview(proposals, annotations, rejected) : null;
    const last = lastWaiting.current;
    if (next && last && next.length === last.length && next.every((p, i) => p === last[i])) return last;
    lastWaiting.current = next;
    return next;
  }, [shown, proposals, annotations, rejected]);
  const current = waiting?.find((p) => p.key === currentKey) ?? null;

  const step = useCallback(
    (direction: 1 | -1): Proposal | null => {
      if (!waiting?.length) return null;
      const at = waiting.findIndex((p) => p.key === currentKey);
      const next =
        at < 0
          ? direction === 1
            ? waiting[0]
            : waiting[waiting.length - 1]
          : waiting[(at + direction + waiting.length) % waiting.length];
      setCurrentKey(next?.key ?? null);
      return next ?? null;
    },
    [waiting, currentKey],
  );

  const afterward = useCallback(
    (gone: readonly Proposal[]) => {
      // The review goes on with the suggestion after the last one taken away.
      if (!waiting) return;
      const keys = new Set(gone.map((p) => p.key));
      const last = Math.max(...waiting.map((p, i) => (keys.has(p.key) ? i : -1)));
      const next = waiting.slice(last + 1).find((p) => !keys.has(p.key));
      setCurrentKey(next?.key ?? null);
    },
    [waiting],
  );

  const acceptAll = useCallback(
    (chosen: readonly Proposal[]) => {
      if (chosen.length === 0) return;
      const now = new Date().toISOString();
      const known = [...speakers];
      const made: Annotation[] = [];
      const newSpeakers: Speaker[] = [];
      for (const proposal of chosen) {
        const { annotation, newSpeaker } = annotationOfProposal(proposal, {
          articleId: article.id,
          text: article.text,
          offsets,
          speakers: known,
          now,
          newId: () => crypto.randomUUID(),
        });
        made.push(annotation);
        // A name two suggestions give is one new speaker: the second finds the first among the known.
        if (newSpeaker) {
          newSpeakers.push(newSpeaker);
          known.push(newSpeaker);
        }
      }
      afterward(chosen);
      void write("accept the suggestion", (db) => acceptSuggestions(db, made, newSpeakers), {
        data: { accept: made, newSpeakers },
        onSaved: (saved) => announce(`${saved.label}.`),
      });
    },
    [article, offsets, speakers, write, announce, afterward],
  );

  const reject = useCallback(
    (proposal: Proposal) => {
      afterward([proposal]);
      void write("reject the suggestion", (db) => rejectSuggestion(db, article.textSha256, proposal.key), {
        data: { reject: proposal.key, textSha256: article.textSha256 },
        onSaved: () => announce("Suggestion rejected: it will not be proposed again for this text."),
      });
    },
    [article.textSha256, write, announce, afterward],
  );

  return {
    shown,
    setShown: (show) => {
      setChosen(show);
      if (!db) return;
      setShowSuggestions(db, show).catch((error: unknown) =>
        announce(`Could not save the setting: ${describeError(error)}`),
      );
    },
    waiting,
    current,
    review: (proposal) => setCurrentKey(proposal?.key ?? null),
    step,
    accept: (proposal) => acceptAll([proposal]),
    reject,
    acceptFrom: (confidence) => acceptAll((waiting ?? []).filter((p) => p.confidence >= confidence)),
  };
}
