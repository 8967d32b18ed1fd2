import type { Speaker } from "./types";

/**
 * Matching the way news text names people: "Harris", "Vice President Kamala Harris" and "Harris’s" are
 * one person. A name is compared by its key: lower case, without accents, titles, possessives and
 * punctuation.
 */

// Titles and honorifics that precede a name in news copy; longest first so "vice president" wins over "president".
const TITLES = [
  "vice president",
  "president",
  "secretary of state",
  "secretary",
  "press secretary",
  "attorney general",
  "senator",
  "sen",
  "representative",
  "rep",
  "governor",
  "gov",
  "mayor",
  "minister",
  "prime minister",
  "foreign minister",
  "ambassador",
  "general",
  "gen",
  "judge",
  "justice",
  "chief",
  "director",
  "managing director",
  "former",
  "the",
  "dr",
  "mr",
  "mrs",
  "ms",
  "miss",
  "sir",
  "dame",
  "prof",
  "professor",
  "rev",
  "u.s.",
  "us",
].sort((a, b) => b.length - a.length);

export function nameKey(name: string): string {
  let key = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b|'(?=\s|$)/g, "")
    .replace(/[^\p{L}\p{N}\s'-]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  // Drop leading titles, repeatedly: "Former Vice President Joe Biden".
  for (let changed = true; changed; ) {
    changed = false;
    for (const title of TITLES) {
      const plain = title.replace(/\./g, "");
      if (key.startsWith(`${plain} `)) {
        key = key.slice(plain.length + 1);
        changed = true;
      }
    }
  }
  return key;
}

/** The family name as news copy uses it on second reference: the last word of the key. */
export function surnameKey(name: string): string {
  const words = nameKey(name).split(" ");
  return words[words.length - 1] ?? "";
}

export interface SpeakerMatch {
  speaker: Speaker;
  /** 2: the full name or an alias; 1: the surname only (two people may share it). */
  strength: 1 | 2;
}

/** The speakers a mention may name, strongest first, then by name. */
export function matchSpeakers(mention: string, speakers: readonly Speaker[]): SpeakerMatch[] {
  const key = nameKey(mention);
  if (!key) return [];
  const surname = surnameKey(mention);
  const matches: SpeakerMatch[] = [];
  for (const speaker of speakers) {
    const names = [speaker.name, ...speaker.aliases];
    if (names.some((n) => nameKey(n) === key)) matches.push({ speaker, strength: 2 });
    else if (names.some((n) => surnameKey(n) === surname || nameKey(n) === surname)) {
      matches.push({ speaker, strength: 1 });
    }
  }
  return matches.sort((a, b) => b.strength - a.strength || a.speaker.name.localeCompare(b.speaker.name));
}

/** A readable name to create a speaker from a mention: "Harris’s" becomes "Harris", titles stay out. */
export function displayNameOf(mention: string): string {
  const trimmed = mention
    .replace(/\s+/g, " ")
    .trim()
    .replace(/['’]s$|['’]$/u, "");
  const key = nameKey(trimmed);
  if (!key) return trimmed;
  // Keep the mention's own capitalisation for the words that remain after the titles.
  const words = trimmed.split(" ");
  const keep = key.split(" ").length;
  return words.slice(-keep).join(" ");
}

/** Adds `alias` unless the speaker already answers to it. */
export function withAlias(speaker: Speaker, alias: string): Speaker {
  const clean = alias.replace(/\s+/g, " ").trim();
  const key = nameKey(clean);
  if (!key || [speaker.name, ...speaker.aliases].some((n) => n === clean)) return speaker;
  return { ...speaker, aliases: [...speaker.aliases, clean] };
}

/** What a source's words say of the speaker: one already known, a new person they name, or nobody yet. */
export type SourceSpeaker = { speakerId: string } | { createName: string } | null;

/**
 * The speaker a source names ("Mr Obama", "Theresa Brown", "he", "the senator"): the known speaker it
 * names by full name or alias, or by surname when only one speaker has it; a new speaker when it is
 * a name (a capitalised word once titles are gone); null for a pronoun or a description, which name
 * nobody by themselves.
 */
export function speakerOfSource(source: string, speakers: readonly Speaker[]): SourceSpeaker {
  const matches = matchSpeakers(source, speakers);
  const [best, second] = matches;
  if (best && (best.strength === 2 || !second || second.strength < best.strength))
    return { speakerId: best.speaker.id };
  const name = displayNameOf(source);
  const words = nameKey(name) ? name.split(" ") : [];
  if (matches.length === 0 && words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w)))
    return { createName: name };
  return null;
}
