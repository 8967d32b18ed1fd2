import { spanOf } from "../anchor";
import { excerptOf } from "../attribution";
import { speakerOfSource } from "../speakerNames";
import { antecedentOf, findMentions, MAX_REACH } from "../speakerProposals";
import { type TextOffsets, utf16 } from "../text";
import type { Annotation, Excerpt, QuoteKind, Speaker } from "../types";
import type { Suggestion } from "./engine";

/**
 * A suggestion as the reader shows it: code points, the words of each part, and a key that names it on
 * its text (its content's fragments), by which a rejection is remembered.
 */
export interface Proposal {
  key: string;
  fragments: Excerpt[];
  cue?: Excerpt;
  source?: Excerpt;
  kind: QuoteKind;
  confidence: number;
  /** Who the engine takes it to be said by (see speakers.ts). */
  speaker?: string;
}

export function proposalsOf(
  text: string,
  offsets: TextOffsets,
  suggestions: readonly Suggestion[],
): Proposal[] {
  const excerpt = (range: { start: number; end: number }) =>
    excerptOf(text, offsets, offsets.toCodePointSpan({ start: utf16(range.start), end: utf16(range.end) }));
  return suggestions.map((s) => {
    const fragments = s.fragments.map(excerpt);
    return {
      key: fragments.map((f) => `${f.start}-${f.end}`).join(";"),
      fragments,
      ...(s.cue ? { cue: excerpt(s.cue) } : {}),
      ...(s.source ? { source: excerpt(s.source) } : {}),
      kind: s.kind,
      confidence: s.confidence,
      ...(s.speaker ? { speaker: s.speaker } : {}),
    };
  });
}

/**
 * The proposals still to review: not rejected on this text, and not where the user already annotated a
 * quote, claim or statistic (a suggestion never covers nor changes the user's own work).
 */
export function awaitingReview(
  proposals: readonly Proposal[],
  annotations: readonly Annotation[],
  rejected: ReadonlySet<string>,
): Proposal[] {
  const overlapsContent = contentOverlap(annotations);
  return proposals.filter((p) => !rejected.has(p.key) && !p.fragments.some(overlapsContent));
}

/**
 * Whether a span overlaps the content of any of `annotations` (quotes, claims, statistics): sorted by
 * start, with the greatest end so far, each question is one binary search. Comparing every proposal with
 * every annotation took seconds for a long article with 100,000 annotations.
 */
function contentOverlap(
  annotations: readonly Annotation[],
): (span: { start: number; end: number }) => boolean {
  const contents = annotations
    .filter((a) => a.tag !== "speaker" && !a.orphan)
    .flatMap((a) => [{ start: a.start, end: a.end }, ...(a.moreFragments ?? [])])
    .sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  let furthest = Number.NEGATIVE_INFINITY;
  for (const c of contents) {
    furthest = Math.max(furthest, c.end);
    furthestEnd.push(furthest);
  }
  return ({ start, end }) => {
    // The last content that starts before the span ends; any up to it that ends after the span starts overlaps.
    let lo = 0;
    let hi = contents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((contents[mid] as { start: number }).start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (furthestEnd[lo - 1] as number) > start;
  };
}

/**
 * The annotation an accepted proposal becomes, a quote with its fragments, cue, source and kind, said
 * by the speaker its source names (known by name or alias, or a new one the result carries), or for
 * "he said" by the person the engine found named before (known or new), else the known speaker last
 * named before; unattributed otherwise.
 */
export function annotationOfProposal(
  proposal: Proposal,
  context: {
    articleId: string;
    text: string;
    offsets: TextOffsets;
    speakers: readonly Speaker[];
    now: string;
    newId(): string;
  },
): { annotation: Annotation; newSpeaker: Speaker | null } {
  const { text, offsets, speakers } = context;
  const [first, ...more] = proposal.fragments;
  if (!first) throw new RangeError("a proposal has at least one fragment");
  let speakerId: string | null = null;
  let newSpeaker: Speaker | null = null;
  if (proposal.source) {
    // "she said": the person the engine found named before, known or new, as for a name.
    const named =
      speakerOfSource(proposal.source.exact, speakers) ??
      (proposal.speaker ? speakerOfSource(proposal.speaker, speakers) : null);
    if (named && "speakerId" in named) speakerId = named.speakerId;
    else if (named) {
      newSpeaker = { id: context.newId(), name: named.createName, aliases: [] };
      speakerId = newSpeaker.id;
    } else {
      const at = offsets.toUtf16(first.start);
      const reach = { start: utf16(Math.max(0, at - MAX_REACH)), end: at };
      speakerId =
        antecedentOf(proposal.source.exact, findMentions(text, reach, speakers), at, () => new Set())
          ?.speakerId ?? null;
    }
  }
  const annotation: Annotation = {
    id: context.newId(),
    articleId: context.articleId,
    tag: "quote",
    ...spanOf(text, offsets, first),
    ...(more.length ? { moreFragments: more } : {}),
    ...(proposal.cue ? { cue: proposal.cue } : {}),
    ...(proposal.source ? { source: proposal.source } : {}),
    kind: proposal.kind,
    speakerId,
    note: "",
    createdAt: context.now,
    updatedAt: context.now,
  };
  return { annotation, newSpeaker };
}
