import type { Proposal } from "../../model/suggest/proposals";
import { QUOTE_KIND_LABELS } from "../../model/types";

interface Props {
  current: Proposal;
  onStep(direction: 1 | -1): void;
  onAccept(proposal: Proposal): void;
  onReject(proposal: Proposal): void;
}

/** Its source's words, with the person they stand for when they do not name them: "she (Ana Ruiz)". */
export function sourceWords(proposal: Proposal): string | undefined {
  const { source, speaker } = proposal;
  if (!source) return undefined;
  return speaker && !source.exact.includes(speaker) ? `${source.exact} (${speaker})` : source.exact;
}

/** What a suggestion reads as in a line: "source — cue — content …". */
export function suggestionLine(proposal: Proposal, max: number): string {
  const line = [
    proposal.source?.exact,
    proposal.cue?.exact,
    proposal.fragments.map((f) => f.exact).join(" … "),
  ]
    .filter(Boolean)
    .join(" — ");
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * A narrow screen's review of one suggestion, in the bar at the bottom within reach of a thumb: what
 * it is and who it says said it, and the buttons J, K, Enter and X stand for on a keyboard. Tapping a
 * dashed frame in the text brings a suggestion here; Previous and Next go through them, showing each.
 */
export function SuggestionReview({ current, onStep, onAccept, onReject }: Props) {
  return (
    <section className="suggestion-review" aria-label="Suggestion under review">
      <p className="suggestion-review-what">
        <span className={`kind-chip kind-${current.kind}`}>{QUOTE_KIND_LABELS[current.kind]}</span>{" "}
        <span className="suggestion-review-line">{suggestionLine(current, 90)}</span>{" "}
        <span className="suggestion-confidence">({Math.round(current.confidence * 100)}%)</span>
      </p>
      <div className="suggestion-review-buttons">
        <button type="button" aria-label="Previous suggestion" onClick={() => onStep(-1)}>
          ‹
        </button>
        <button type="button" className="accept" onClick={() => onAccept(current)}>
          Accept
        </button>
        <button type="button" onClick={() => onReject(current)}>
          Reject
        </button>
        <button type="button" aria-label="Next suggestion" onClick={() => onStep(1)}>
          ›
        </button>
      </div>
    </section>
  );
}
