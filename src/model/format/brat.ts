import { type CodePointSpan, codePointSpan, type TextOffsets } from "../text";

/**
 * brat's standoff format (https://brat.nlplab.org/standoff.html), as quote corpora use it (PolNeAR,
 * PARC): an `.ann` file beside the `.txt` it annotates, one annotation a line, offsets in characters
 * (code points: brat is Python) of the text.
 *
 *   T3<TAB>Content 115 290;300 310<TAB>covered text        a text-bound span, maybe in fragments
 *   E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1       an event: its trigger and arguments
 *   #1<TAB>AnnotatorNotes T3<TAB>a note                     a note on an annotation
 *
 * Relations (R), attributes (A, M), normalizations (N) and equivalences (*) are read as they are, kept
 * apart, so an import can say what it did not use. This module only reads and writes the lines; what
 * the spans mean (quotes, cues, sources) is decided by the importer.
 */

export interface BratSpan {
  id: string;
  type: string;
  /** In text order, as the file lists them; most spans have one. */
  fragments: CodePointSpan[];
  /** The covered text as the file gives it: the fragments' texts joined by a space. */
  text: string;
  /** 1-based line in the file. */
  line: number;
}

export interface BratEvent {
  id: string;
  type: string;
  /** The id of the span that triggers it. */
  trigger: string;
  /** In file order; a role may repeat as `Content2`, `Content3` (brat numbers repeated roles). */
  args: { role: string; ref: string }[];
  line: number;
}

export interface BratNote {
  id: string;
  /** The annotation it is about. */
  target: string;
  text: string;
  line: number;
}

/** A line of a kind the importer does not use: a relation, attribute, normalization or equivalence. */
export interface BratOther {
  id: string;
  /** R, A, M, N or *. */
  kind: string;
  /** Its type (a relation's or attribute's name). */
  type: string;
  /** What follows the type: an attribute's target and value (`E1 direct`), a relation's arguments. */
  args: string[];
  line: number;
}

/** An attribute of an annotation (`A1<TAB>Kind E1 direct`), as `serializeBrat` writes one. */
export interface BratAttribute {
  id: string;
  type: string;
  target: string;
  /** Absent for a binary attribute (`A2<TAB>Negated E1`). */
  value?: string;
}

export interface BratProblem {
  line: number;
  message: string;
}

export interface BratDocument {
  spans: BratSpan[];
  events: BratEvent[];
  notes: BratNote[];
  others: BratOther[];
  /** Lines that could not be read, and references to annotations the file does not have. */
  problems: BratProblem[];
}

const FRAGMENTS = /^\d+ \d+(?:;\d+ \d+)*$/;
/** The start of a line that is an annotation of its own, not the rest of a covered text. */
const ANNOTATION_LINE = /^[TERAMN#*]\d*\t/;

/** Reads an `.ann` file. Never throws: what it cannot read is a problem with its line. */
export function parseBrat(ann: string): BratDocument {
  const doc: BratDocument = { spans: [], events: [], notes: [], others: [], problems: [] };
  const lines = ann.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] as string;
    const line = index + 1;
    if (raw.trim() === "") continue;
    const [id = "", head = "", ...rest] = raw.split("\t");
    const problem = (message: string) => {
      doc.problems.push({ line, message: `${message}: ${clip(raw)}` });
    };
    const kind = id[0];
    if (kind === "T") {
      const space = head.indexOf(" ");
      const type = head.slice(0, space);
      const where = head.slice(space + 1);
      if (space <= 0 || !FRAGMENTS.test(where)) {
        problem("a span needs a type and START END offsets");
        continue;
      }
      const fragments = where.split(";").map((pair) => {
        const [start, end] = pair.split(" ").map(Number) as [number, number];
        return codePointSpan(start, end);
      });
      if (fragments.some((f) => f.end < f.start)) {
        problem("a span ends before it starts");
        continue;
      }
      // A covered text with a line break in it goes on over the next lines of the file (some corpora
      // have them): its length, known from the offsets, says how many.
      let text = rest.join("\t");
      const length = fragments.reduce((n, f) => n + f.end - f.start, fragments.length - 1);
      while (
        Array.from(text).length < length &&
        index + 1 < lines.length &&
        !ANNOTATION_LINE.test(lines[index + 1] ?? "")
      )
        text += `\n${lines[++index]}`;
      doc.spans.push({ id, type, fragments, text, line });
    } else if (kind === "E") {
      const [trigger = "", ...args] = head.trim().split(/\s+/);
      const [type, triggerRef] = splitRef(trigger);
      if (!type || !triggerRef) {
        problem("an event needs TYPE:TRIGGER");
        continue;
      }
      const parsed = args.map(splitRef);
      if (parsed.some(([role, ref]) => !role || !ref)) {
        problem("an event's arguments are ROLE:ID");
        continue;
      }
      doc.events.push({
        id,
        type,
        trigger: triggerRef,
        args: parsed.map(([role, ref]) => ({ role: role as string, ref: ref as string })),
        line,
      });
    } else if (kind === "#") {
      const [, target] = head.split(" ");
      if (!target) {
        problem("a note needs AnnotatorNotes ID");
        continue;
      }
      doc.notes.push({ id, target, text: rest.join("\t"), line });
    } else if (kind === "R" || kind === "A" || kind === "M" || kind === "N" || kind === "*") {
      const [type = "", ...args] = head.trim().split(/\s+/);
      doc.others.push({ id, kind, type, args, line });
    } else {
      problem("not a brat standoff line");
    }
  }
  const ids = new Set<string>([...doc.spans, ...doc.events].map((a) => a.id));
  for (const event of doc.events) {
    for (const ref of [event.trigger, ...event.args.map((a) => a.ref)])
      if (!ids.has(ref))
        doc.problems.push({
          line: event.line,
          message: `${event.id} refers to ${ref}, which the file does not have`,
        });
  }
  for (const note of doc.notes)
    if (!ids.has(note.target))
      doc.problems.push({
        line: note.line,
        message: `${note.id} is a note on ${note.target}, which the file does not have`,
      });
  return doc;
}

/** `Type:ID` → [Type, ID]. */
function splitRef(part: string): [string | undefined, string | undefined] {
  const colon = part.lastIndexOf(":");
  return colon <= 0 ? [undefined, undefined] : [part.slice(0, colon), part.slice(colon + 1)];
}

function clip(line: string): string {
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

/**
 * Spans whose offsets fall outside `text`, or whose covered text is not what the file says: each names
 * its line and what the text holds there. A file written for another version of the text is wrong at
 * many places; one problem a span.
 */
export function checkSpans(doc: BratDocument, text: string, offsets: TextOffsets): BratProblem[] {
  const problems: BratProblem[] = [];
  for (const span of doc.spans) {
    const outside = span.fragments.find((f) => f.end > offsets.length);
    if (outside) {
      problems.push({
        line: span.line,
        message: `${span.id} ends at ${outside.end}, after the end of the text (${offsets.length} characters)`,
      });
      continue;
    }
    const found = oneLine(coveredText(text, offsets, span.fragments));
    if (found !== oneLine(span.text))
      problems.push({
        line: span.line,
        message: `${span.id} says “${clip(span.text)}” but the text there is “${clip(found)}”`,
      });
  }
  return problems;
}

/** The text of `fragments`, joined by a space as brat writes it. */
export function coveredText(text: string, offsets: TextOffsets, fragments: readonly CodePointSpan[]): string {
  return fragments
    .map((f) => {
      const { start, end } = offsets.toUtf16Range(f);
      return text.slice(start, end);
    })
    .join(" ");
}

/**
 * Writes an `.ann` file: spans first, then events, attributes and notes, each kind in the order given,
 * one line each, ending with a newline. Covered texts are taken from `text`, so they always agree with it.
 */
export function serializeBrat(
  doc: Pick<BratDocument, "spans" | "events" | "notes"> & { attributes?: readonly BratAttribute[] },
  text: string,
  offsets: TextOffsets,
): string {
  const lines = [
    ...doc.spans.map(
      (s) =>
        `${s.id}\t${s.type} ${s.fragments.map((f) => `${f.start} ${f.end}`).join(";")}\t${oneLine(coveredText(text, offsets, s.fragments))}`,
    ),
    ...doc.events.map(
      (e) => `${e.id}\t${[`${e.type}:${e.trigger}`, ...e.args.map((a) => `${a.role}:${a.ref}`)].join(" ")}`,
    ),
    ...(doc.attributes ?? []).map(
      (a) => `${a.id}\t${[a.type, a.target, ...(a.value === undefined ? [] : [a.value])].join(" ")}`,
    ),
    ...doc.notes.map((n) => `${n.id}\tAnnotatorNotes ${n.target}\t${oneLine(n.text)}`),
  ];
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

/** A line break inside a covered text or a note would start a new line of the file. */
function oneLine(value: string): string {
  return value.replace(/\r\n|[\r\n]/g, " ");
}
