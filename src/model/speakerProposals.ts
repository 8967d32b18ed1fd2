import { matchSpeakers } from "./speakerNames";
import { type Paragraph, paragraphIndexAt, paragraphsOf, type Utf16Range, utf16 } from "./text";
import type { Speaker } from "./types";

/**
 * Who most likely said a quote, claim or statistic. News copy attributes with a name next to a speech
 * verb ("Harris said", "said Theresa Brown", "according to Restrepo") in the same paragraph, or names the
 * speaker in the paragraph before and then uses a pronoun ("she said"). Candidates are the speaker spans
 * the user tagged and every mention of a known speaker's name, alias or surname near the quote.
 */

export interface SpeakerMention extends Utf16Range {
  speakerId: string;
}

export interface AttributionProposal {
  speakerId: string;
  score: number;
  reason: string;
  /** Named as the subject of a speech verb next to the span ("Harris said", "said Harris"): evidence, not only nearness. */
  cued: boolean;
}

const SPEECH_VERB =
  "said|says|told|tells|added|adds|stated|asked|explained|noted|wrote|argued|warned|insisted|declared|announced|replied|continued|recalled|acknowledged";
// A name as the subject of a speech verb: "Harris said", "Giammattei told", "Harris also said".
const VERB_AFTER_NAME = new RegExp(
  `^[’'s]*,?\\s+(?:\\w+ly\\s+|also\\s+|has\\s+|had\\s+|then\\s+)?(?:${SPEECH_VERB})\\b`,
  "iu",
);
// An inverted attribution: "said Harris", "according to Harris".
const VERB_BEFORE_NAME = /(?:\b(?:said|says|added|asked|wrote|replied)|according to)[,]?\s+$/iu;
const PRONOUN_SAID = new RegExp(`^[”"’'.,]*\\s*(?:,\\s*)?(?:he|she|they)\\s+(?:${SPEECH_VERB})\\b`, "iu");
const NEARBY = 160;
/** How far before and after a quote its speaker is looked for, in UTF-16 units: a few paragraphs. */
export const MAX_REACH = 1_500;
const SENTENCE_START = /(?:^|\n|[.!?][”"’']?\s+)$/u;

/** Every mention of a known speaker in `within` of the text, found by name, alias or surname. */
export function findMentions(
  text: string,
  within: Utf16Range,
  speakers: readonly Speaker[],
): SpeakerMention[] {
  const mentions: SpeakerMention[] = [];
  const region = text.slice(within.start, within.end);
  const candidates = new Map<string, Set<string>>();
  for (const speaker of speakers) {
    for (const name of [speaker.name, ...speaker.aliases]) {
      const words = name.trim().split(/\s+/);
      for (const form of [name.trim(), words[words.length - 1] ?? ""]) {
        if (form.length < 2) continue;
        const ids = candidates.get(form) ?? new Set<string>();
        ids.add(speaker.id);
        candidates.set(form, ids);
      }
    }
  }
  for (const [form, ids] of candidates) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, "gu");
    for (const match of region.matchAll(pattern)) {
      const start = utf16(within.start + (match.index ?? 0));
      const end = utf16(start + form.length);
      // A surname shared by two speakers is evidence for both only through the full name; keep both here
      // and let the full-name match (longer form) win through scoring.
      for (const speakerId of ids) {
        const strength = matchSpeakers(form, speakers).find((m) => m.speaker.id === speakerId)?.strength ?? 1;
        if (strength === 2 || ids.size === 1 || !sharesSurname(speakers, speakerId)) {
          mentions.push({ start, end, speakerId });
        }
      }
    }
  }
  return mentions;
}

function sharesSurname(speakers: readonly Speaker[], speakerId: string): boolean {
  const own = speakers.find((s) => s.id === speakerId);
  if (!own) return false;
  const last = (n: string) => n.trim().split(/\s+/).pop()?.toLowerCase();
  return speakers.some((s) => s.id !== speakerId && last(s.name) === last(own.name));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Ranks the speakers who may have said `target` (UTF-16 range of `text`), best first. `tagged` are the
 * speaker spans the user linked to speakers; names of `speakers` found in the text count as well.
 */
export function proposeSpeakers(
  text: string,
  target: Utf16Range,
  tagged: readonly SpeakerMention[],
  speakers: readonly Speaker[],
  paragraphs: readonly Paragraph[] = paragraphsOf(text),
): AttributionProposal[] {
  const here = Math.min(paragraphIndexAt(paragraphs, target.start), paragraphs.length - 1);
  const there = Math.min(
    paragraphIndexAt(paragraphs, utf16(Math.max(target.start, target.end - 1))),
    paragraphs.length - 1,
  );
  const from = Math.max(0, here - 1);
  // The paragraph before and the target's own, but no further than news copy names a speaker from a
  // quote: an article on one long line would otherwise be searched whole for every name.
  const windowStart = utf16(Math.max(paragraphs[from]?.start ?? 0, target.start - MAX_REACH));
  const windowEnd = utf16(Math.min(paragraphs[there]?.end ?? text.length, target.end + MAX_REACH));
  const known = new Set(speakers.map((s) => s.id));

  const mentions = [
    ...tagged.filter((m) => known.has(m.speakerId) && m.end > windowStart && m.start < windowEnd),
    ...findMentions(text, { start: windowStart, end: windowEnd }, speakers),
  ];
  const pronounAfter = PRONOUN_SAID.test(text.slice(target.end, target.end + 40));

  const best = new Map<string, AttributionProposal>();
  for (const mention of mentions) {
    const inside = mention.start >= target.start && mention.end <= target.end;
    const before = mention.end <= target.start;
    const distance = inside ? 0 : before ? target.start - mention.end : mention.start - target.end;
    const sameParagraph = paragraphIndexAt(paragraphs, mention.start) >= here;
    const subject = VERB_AFTER_NAME.test(text.slice(mention.end, mention.end + 40));
    const inverted = VERB_BEFORE_NAME.test(text.slice(Math.max(0, mention.start - 20), mention.start));

    let score = 10 - Math.min(distance, 2000) / 100;
    let reason = "named nearby";
    let cued = false;
    if (inside) {
      // A name inside the quote is usually someone the speaker talks about.
      score -= 8;
      reason = "named inside the span";
    } else if ((subject || inverted) && distance <= NEARBY) {
      score += 100;
      cued = true;
      reason = inverted
        ? `“…said ${text.slice(mention.start, mention.end)}”`
        : `“${text.slice(mention.start, mention.end)} said…”`;
    } else if (pronounAfter && before) {
      score += 40;
      reason = "named before “…he/she said”";
    }
    if (sameParagraph) score += 20;
    // A name opening a sentence is its subject: "Restrepo, who has briefed Harris…, said".
    if (
      SENTENCE_START.test(text.slice(Math.max(0, mention.start - 3), mention.start)) ||
      mention.start === 0
    ) {
      score += 15;
    }
    if (tagged.includes(mention)) score += 5;
    const current = best.get(mention.speakerId);
    if (!current || score > current.score)
      best.set(mention.speakerId, { speakerId: mention.speakerId, score, reason, cued });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * The speaker a "he said" or "she said" after a quote refers to: the last one named before `at`
 * (a speaker span the user linked, or a known speaker's name found in the text), skipping a speaker
 * the article already attributes quotes to with the other pronoun. Null for "they", which a person's
 * name does not answer to, and when nobody fits.
 * `pronounsOf` gives the pronouns the article's sources already use for each speaker.
 */
export function antecedentOf(
  pronoun: string,
  mentions: readonly SpeakerMention[],
  at: number,
  pronounsOf: (speakerId: string) => ReadonlySet<string>,
): SpeakerMention | null {
  const word = pronoun.toLowerCase();
  if (word !== "he" && word !== "she") return null;
  const other = word === "he" ? "she" : "he";
  const before = mentions.filter((m) => m.end <= at).sort((a, b) => b.end - a.end);
  return before.find((m) => !pronounsOf(m.speakerId).has(other)) ?? null;
}
