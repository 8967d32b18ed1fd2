import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { compareByPosition } from "../annotationOrder";
import { contentFragments, contentPatch, excerptOf, proposeKind } from "../attribution";
import { type CodePointSpan, codePointSpan, countBelow, type TextOffsets, textOffsets } from "../text";
import { type Excerpt, isQuoteKind, type QuoteKind, type Tag } from "../types";
import type { ExportedAnnotation } from "./annotationSet";
import { type BratDocument, type BratSpan, checkSpans, parseBrat } from "./brat";

/**
 * One `.ann` file of one text as this app's annotations, in PolNeAR's convention (which the brat
 * export writes too, see bratExport.ts):
 *
 * - an `Attribution` or `Attribution-no-source` event is one annotation: its content is every
 *   fragment of its `Content*` arguments, its cue the `Cue` span, its source the `Source` span; its
 *   trigger span (PolNeAR repeats the cue as a `T… Attribution` span) is part of the event. The tag is
 *   quote, or claim or statistic when the content span is typed `Claim` or `Statistic`;
 * - a `Content`, `Quote`, `Claim`, `Statistic` or `Speaker` span that no event uses is an annotation of
 *   its own (a Content is a quote), without cue or source;
 * - `#` notes on any part of an annotation are its note; a `Kind` attribute on an event is its kind,
 *   else the kind is proposed from the quotation marks;
 * - everything else (other span types, a lone cue or source, relations, other attributes, events of
 *   other types) is counted by type in `unused`, never dropped unsaid.
 */

export interface BratFileInput {
  /** The article's text, as the app stores it. */
  text: string;
  textSha256: string;
  /** The `.ann` file's name (no folder): messages name it, and annotation ids are made from it. */
  annName: string;
  ann: string;
  /** When the `.ann` file was last changed: every annotation's createdAt and updatedAt (see below). */
  modifiedAt: string;
  /**
   * Code point offsets of the carriage returns that the app's text lost (CRLF became LF): brat counts
   * them, so the file's offsets are moved back by the number before them. Empty for an LF file.
   */
  droppedCarriageReturns?: readonly number[];
}

export type BratFileResult =
  | {
      ok: true;
      annotations: ExportedAnnotation[];
      /** What the file holds that no annotation took, by kind ("Discuss span", "Coreference relation"). */
      unused: Record<string, number>;
      /** Things done that the user should know of, each naming the file and line. */
      notices: string[];
    }
  /** The file does not fit the text (or has lines that cannot be read): nothing of it is imported. */
  | { ok: false; problems: string[] };

const ATTRIBUTION_EVENTS = new Set(["attribution", "attribution-no-source"]);
/** Span types that are an annotation of their own when no event uses them, and the tag they get. */
const SPAN_TAGS: Record<string, Tag> = {
  content: "quote",
  quote: "quote",
  claim: "claim",
  statistic: "statistic",
  speaker: "speaker",
};
/** The tag of an event's content, by the content span's type: claim and statistic, else quote. */
const CONTENT_TAGS: Record<string, Tag> = { claim: "claim", statistic: "statistic" };
const OTHER_KINDS: Record<string, string> = {
  R: "relation",
  A: "attribute",
  M: "attribute",
  N: "normalization",
  "*": "equivalence",
};

export function annotationsFromBrat(input: BratFileInput): BratFileResult {
  const { text, annName, modifiedAt } = input;
  const offsets = textOffsets(text);
  const doc = parseBrat(input.ann);
  if (input.droppedCarriageReturns?.length) withoutCarriageReturns(doc, input.droppedCarriageReturns);
  const at = (line: number, message: string) => `${annName} line ${line}: ${message}`;
  const problems = [...doc.problems, ...checkSpans(doc, text, offsets)].sort((a, b) => a.line - b.line);
  if (problems.length) return { ok: false, problems: problems.map((p) => at(p.line, p.message)) };

  const spans = new Map(doc.spans.map((s) => [s.id, s]));
  const used = new Set<string>();
  const unused: Record<string, number> = {};
  const count = (key: string) => {
    unused[key] = (unused[key] ?? 0) + 1;
  };
  const notices: string[] = [];
  const kinds = new Map<string, QuoteKind>();
  for (const other of doc.others) {
    const [target, value] = other.args;
    if (other.kind === "A" && other.type.toLowerCase() === "kind" && target && isQuoteKind(value)) {
      kinds.set(target, value);
      continue;
    }
    count(`${other.type} ${OTHER_KINDS[other.kind] ?? "line"}`);
  }
  const annotations: ExportedAnnotation[] = [];
  /** Ids of the brat annotations (spans and events) each of whose notes goes to `annotations[i]`. */
  const noted: { ids: string[]; index: number }[] = [];
  const base = (bratId: string) => ({
    id: bratAnnotationId(input.textSha256, annName, bratId),
    speakerId: null,
    note: "",
    createdAt: modifiedAt,
    updatedAt: modifiedAt,
  });

  for (const event of doc.events) {
    if (!ATTRIBUTION_EVENTS.has(event.type.toLowerCase())) {
      // The trigger is part of the event, which is counted once; its arguments are counted as spans.
      used.add(event.trigger);
      count(`${event.type} event`);
      continue;
    }
    used.add(event.trigger);
    const role = (name: string) =>
      event.args
        .filter((a) => a.role.replace(/\d+$/, "").toLowerCase() === name)
        .flatMap((a) => spans.get(a.ref) ?? []);
    const contents = role("content");
    const fragments = contents.flatMap((s) => s.fragments).filter((f) => f.end > f.start);
    if (!fragments.length) {
      count(`${event.type} event with no Content`);
      const trigger = spans.get(event.trigger);
      notices.push(
        at(event.line, `${event.id} has no Content, so it is not imported (its trigger: “${trigger?.text}”)`),
      );
      continue;
    }
    for (const arg of event.args)
      if (!/^(content|cue|source)\d*$/i.test(arg.role)) count(`${arg.role} argument of an attribution`);
    const parts: Pick<ExportedAnnotation, "cue" | "source"> = {};
    const ids = [event.id, event.trigger, ...contents.map((c) => c.id)];
    for (const name of ["cue", "source"] as const) {
      const [first, ...more] = role(name);
      if (!first) continue;
      parts[name] = extent(text, offsets, first, (m) => notices.push(at(first.line, m)));
      used.add(first.id);
      ids.push(first.id);
      for (const extra of more) {
        notices.push(at(event.line, `${event.id} has a second ${extra.type} (${extra.id}): not imported`));
        count(`${extra.type} span (a second in one attribution)`);
      }
    }
    for (const content of contents) used.add(content.id);
    const typed = CONTENT_TAGS[contents[0]?.type.toLowerCase() ?? ""];
    noted.push({ ids, index: annotations.length });
    annotations.push(
      withContent(text, offsets, fragments, {
        ...base(event.id),
        tag: typed ?? "quote",
        ...parts,
        kind: kinds.get(event.id),
      }),
    );
  }

  for (const span of doc.spans) {
    if (used.has(span.id)) continue;
    const tag = SPAN_TAGS[span.type.toLowerCase()];
    const fragments = span.fragments.filter((f) => f.end > f.start);
    if (!tag || !fragments.length) {
      const lone = /^(cue|source)$/i.test(span.type);
      if (lone) notices.push(at(span.line, `${span.id} is a ${span.type} of no attribution: not imported`));
      count(`${span.type} span${lone ? " of no attribution" : ""}`);
      continue;
    }
    noted.push({ ids: [span.id], index: annotations.length });
    annotations.push(
      withContent(text, offsets, fragments, { ...base(span.id), tag, kind: kinds.get(span.id) }),
    );
  }

  const notesOf = new Map<string, string[]>();
  for (const note of doc.notes) notesOf.set(note.target, [...(notesOf.get(note.target) ?? []), note.text]);
  const placedNotes = new Set<string>();
  for (const { ids, index } of noted) {
    const texts = [...new Set(ids)].flatMap((id) => notesOf.get(id) ?? []);
    for (const id of ids) if (notesOf.has(id)) placedNotes.add(id);
    const annotation = annotations[index];
    if (annotation && texts.length) annotation.note = texts.join("\n");
  }
  for (const [target, texts] of notesOf)
    if (!placedNotes.has(target)) for (const _ of texts) count("note on something not imported");

  return { ok: true, annotations: annotations.sort(compareByPosition), unused, notices };
}

/** An annotation whose content is `fragments` (joined where they overlap), its kind proposed if not given. */
function withContent(
  text: string,
  offsets: TextOffsets,
  fragments: readonly CodePointSpan[],
  fields: Omit<ExportedAnnotation, "start" | "end" | "exact" | "prefix" | "suffix">,
): ExportedAnnotation {
  const { start, end, exact, prefix, suffix, moreFragments } = contentPatch(text, offsets, fragments) as Pick<
    ExportedAnnotation,
    "start" | "end" | "exact" | "prefix" | "suffix" | "moreFragments"
  >;
  const annotation: ExportedAnnotation = { ...fields, start, end, exact, prefix, suffix };
  if (moreFragments) annotation.moreFragments = moreFragments;
  if (!annotation.kind && annotation.tag !== "speaker")
    annotation.kind = proposeKind(text, offsets, contentFragments(annotation));
  // No absent field is written as undefined: the annotation compares equal to the one a file reads.
  for (const key of ["kind", "cue", "source"] as const)
    if (annotation[key] === undefined) delete annotation[key];
  return annotation;
}

/**
 * A cue or source as one stretch. The app keeps a cue or a source in one piece, so one in several
 * fragments (rare: none in PolNeAR) is kept from its first fragment's start to its last one's end,
 * the words between taken in, and the user is told.
 */
function extent(
  text: string,
  offsets: TextOffsets,
  span: BratSpan,
  notice: (message: string) => void,
): Excerpt {
  const starts = span.fragments.map((f) => f.start);
  const ends = span.fragments.map((f) => f.end);
  if (span.fragments.length > 1)
    notice(`${span.id} (${span.type}) is in ${span.fragments.length} fragments: imported as one stretch`);
  return excerptOf(text, offsets, codePointSpan(Math.min(...starts), Math.max(...ends)));
}

/** Moves every span of `doc` from offsets that count the carriage returns of CRLF to offsets that do not. */
function withoutCarriageReturns(doc: BratDocument, dropped: readonly number[]): void {
  const move = (offset: number) => offset - countBelow(dropped, offset);
  for (const span of doc.spans)
    span.fragments = span.fragments.map((f) => codePointSpan(move(f.start), move(f.end)));
}

/**
 * The id of the annotation made from brat annotation `bratId` (`E3`, `T7`) of file `annName` over the
 * text `textSha256`: the same files imported again give the same ids, so a second import updates
 * what the first one wrote instead of adding copies. Shaped as a UUID (version 8, RFC 9562's for ids
 * made by an application's own rule) like the app's own ids.
 */
export function bratAnnotationId(textSha256: string, annName: string, bratId: string): string {
  const hex = bytesToHex(sha256(utf8ToBytes(`brat\n${textSha256}\n${annName}\n${bratId}`)));
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
