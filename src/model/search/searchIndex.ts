import type { Utf16Range } from "../text";
import { utf16Range } from "../text";
import type { SearchDocument } from "./documents";
import { type IndexedField, queryWords } from "./indexedField";

/** Where a query occurs in one field of a document: how often, and the first few places in its text. */
export interface FieldMatch {
  doc: SearchDocument;
  field: IndexedField;
  count: number;
  /** The first places, in text order: as many as asked for. */
  ranges: Utf16Range[];
}

/** Places kept per field unless asked otherwise: a list of results shows a few per article. */
export const PLACES_PER_FIELD = 3;

/**
 * An inverted index of the library's documents (documents.ts): each folded word names the documents
 * that hold it, and each document keeps its words in order with their offsets, so that a query of
 * several words is found as a phrase and shown at its exact place. Documents are put and removed one by
 * one, as the library changes.
 */
export class SearchIndex {
  private readonly documents = new Map<string, SearchDocument>();
  /** Word → keys of the documents that hold it. */
  private readonly postings = new Map<string, Set<string>>();
  /** Speaker id → keys of the annotations attributed to the speaker, or naming them. */
  private readonly bySpeaker = new Map<string, Set<string>>();

  get size(): number {
    return this.documents.size;
  }

  get(key: string): SearchDocument | undefined {
    return this.documents.get(key);
  }

  documentsList(): IterableIterator<SearchDocument> {
    return this.documents.values();
  }

  put(doc: SearchDocument): void {
    this.remove(doc.key);
    this.documents.set(doc.key, doc);
    for (const field of doc.fields) for (const word of field.words) addTo(this.postings, word, doc.key);
    if (doc.source.kind === "annotation" && doc.source.speakerId !== null)
      addTo(this.bySpeaker, doc.source.speakerId, doc.key);
  }

  remove(key: string): void {
    const doc = this.documents.get(key);
    if (!doc) return;
    this.documents.delete(key);
    for (const field of doc.fields)
      for (const word of field.words) {
        const keys = this.postings.get(word);
        keys?.delete(key);
        if (keys?.size === 0) this.postings.delete(word);
      }
    if (doc.source.kind === "annotation" && doc.source.speakerId !== null) {
      const keys = this.bySpeaker.get(doc.source.speakerId);
      keys?.delete(key);
      if (keys?.size === 0) this.bySpeaker.delete(doc.source.speakerId);
    }
  }

  /** The annotations attributed to a speaker (or naming them). */
  annotationsOf(speakerId: string): SearchDocument[] {
    return [...(this.bySpeaker.get(speakerId) ?? [])].flatMap((key) => this.documents.get(key) ?? []);
  }

  /**
   * Every place where the query's words occur one after another, whatever lies between them (spaces,
   * punctuation, a line break): "harris said" finds "Harris, said". The last word also matches the
   * start of a longer word, since it may still be being typed, unless the query ends with a space.
   * Folding (fold.ts) puts case and accents aside. Every field with a match is counted; only its first
   * `places` are kept, so that a common word in a large library costs a count, not an object per place.
   */
  matches(query: string, places = PLACES_PER_FIELD): FieldMatch[] {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const prefixLast = !/\s$/u.test(query);
    const last = words.length - 1;
    // The words each query word accepts: itself, or for the last one every word it starts.
    const accepted: Set<string>[] = words.map((word, i) => {
      if (i !== last || !prefixLast) return new Set(this.postings.has(word) ? [word] : []);
      const starting = new Set<string>();
      for (const known of this.postings.keys()) if (known.startsWith(word)) starting.add(known);
      return starting;
    });
    const candidates = this.documentsWithAll(accepted);
    const found: FieldMatch[] = [];
    for (const key of candidates) {
      const doc = this.documents.get(key);
      if (!doc) continue;
      for (const field of doc.fields) {
        const match = phraseMatches(doc, field, accepted, places);
        if (match) found.push(match);
      }
    }
    return found;
  }

  /** Keys of the documents that hold, for each query word, at least one word it accepts. */
  private documentsWithAll(accepted: readonly Set<string>[]): Set<string> {
    const perWord = accepted.map((words) => {
      if (words.size === 1) return this.postings.get([...words][0] as string) ?? new Set<string>();
      const keys = new Set<string>();
      for (const word of words) for (const key of this.postings.get(word) ?? []) keys.add(key);
      return keys;
    });
    perWord.sort((a, b) => a.size - b.size);
    const [smallest, ...others] = perWord;
    const result = new Set<string>();
    for (const key of smallest ?? []) if (others.every((keys) => keys.has(key))) result.add(key);
    return result;
  }
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const values = map.get(key);
  if (values) values.add(value);
  else map.set(key, new Set([value]));
}

/** The runs of consecutive words of `field` that the query words accept in turn, or null for none. */
function phraseMatches(
  doc: SearchDocument,
  field: IndexedField,
  accepted: readonly Set<string>[],
  places: number,
): FieldMatch | null {
  const { words, tokens } = field;
  const tokenCount = tokens.length / 3;
  const length = accepted.length;
  const ranges: Utf16Range[] = [];
  let count = 0;
  for (let k = 0; k + length <= tokenCount; k++) {
    let j = 0;
    while (j < length && accepted[j]?.has(words[tokens[3 * (k + j)] as number] as string)) j++;
    if (j < length) continue;
    if (count++ < places)
      ranges.push(utf16Range(tokens[3 * k + 1] as number, tokens[3 * (k + length - 1) + 2] as number));
  }
  return count === 0 ? null : { doc, field, count, ranges };
}
