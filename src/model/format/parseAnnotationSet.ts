import { z } from "zod";
import { sha256Hex } from "../articleFile";
import type { Assert, Equal } from "../records";
import { codePoint, type TextOffsets, textOffsets } from "../text";
import { decodeTextBytes } from "../textBytes";
import { toUtcTime } from "../time";
import { QUOTE_KINDS, TAGS } from "../types";
import {
  type AnnotationSet,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportedAnnotation,
  type ExportedArticle,
  type ExportedSpeaker,
} from "./annotationSet";

/**
 * Reading an annotation set back: every version of our format ever written, checked by schema and then
 * by meaning (offsets inside the text, `exact` where the offsets say, no duplicate ids, no dangling
 * speaker). Errors name the file and where in it the problem is, as a JSON path.
 */

export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
const MAX_PROBLEMS_SHOWN = 5;

export type ParseResult = { ok: true; data: AnnotationSet } | { ok: false; error: string };

// Any time zone is read, as the instant it names, and kept in UTC: "newer" then compares instants.
const isoTime = z.string().transform((text, context) => {
  const utc = toUtcTime(text);
  if (utc !== null) return utc;
  context.addIssue({
    code: "custom",
    message: `expected an ISO 8601 date and time with a time zone, such as "2026-11-20T10:00:00.000Z" (found ${JSON.stringify(clip(text))})`,
  });
  return z.NEVER;
});
/** A name a person can read: not empty, not only spaces. */
const filled = (what: string) => z.string().refine((s) => s.trim() !== "", `${what} is empty`);
// Offsets in a file count code points (the format says so); the schema's output says it too.
const offset = z
  .number()
  .int("expected a whole number")
  .nonnegative("expected a number ≥ 0")
  .transform(codePoint);

/**
 * Version 1. Frozen: a version 1 file reads the same way for good. When a record gains a field, the
 * check below fails to compile; the new version then gets a schema of its own beside this one, with
 * an upgrade from the version before it (filling the new field for old files), and EXPORT_VERSION
 * goes up.
 */
const annotationV1 = z.object({
  id: z.string().min(1),
  tag: z.enum(TAGS),
  start: offset,
  end: offset,
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  speakerId: z.string().min(1).nullable(),
  note: z.string(),
  createdAt: isoTime,
  updatedAt: isoTime,
});

const speakerV1 = z.object({
  id: z.string().min(1),
  name: filled("the name"),
  aliases: z.array(filled("the alias")),
});

const articleV1 = z.object({
  id: z.string().min(1),
  title: filled("the title"),
  source: z.string(),
  textSha256: z.string().regex(/^[0-9a-f]{64}$/, "expected 64 hex digits"),
  text: z
    .string()
    .min(1, "the article text is empty")
    .refine(
      (t) => !t.includes("\r"),
      "the text has carriage returns (CR); the format's line breaks are LF only",
    ),
  annotations: z.array(annotationV1),
  orphans: z.array(annotationV1).optional(),
});

const setV1 = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: isoTime,
  speakers: z.array(speakerV1),
  articles: z.array(articleV1),
});

/**
 * An address a reader can follow: the app shows it as a link, so only http and https (never a
 * `javascript:` or `file:` address) are read.
 */
const webAddress = z.string().refine((text) => {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}, "expected an http or https address");

/**
 * Version 2: an article may carry what its web page said about it (byline, publication time, site
 * name, address), each present only when known. Annotations and speakers are as in version 1.
 * Frozen like version 1.
 */
const setV2 = setV1.extend({
  version: z.literal(2),
  articles: z.array(
    articleV1.extend({
      byline: filled("the byline").optional(),
      publishedAt: isoTime.optional(),
      siteName: filled("the site name").optional(),
      url: webAddress.optional(),
    }),
  ),
});

/**
 * Version 3: a quote, claim or statistic is an attribution. Its content may have further fragments
 * after the first (`moreFragments`), and it may name its cue and source (each an excerpt of the text:
 * code point offsets and the words) and its kind (direct, indirect, mixed); each is present only when
 * known. Frozen like version 1.
 */
const excerpt = z.object({ start: offset, end: offset, exact: z.string() });
const annotationV3 = annotationV1.extend({
  moreFragments: z.array(excerpt).min(1, "expected at least one fragment (or no field)").optional(),
  cue: excerpt.optional(),
  source: excerpt.optional(),
  kind: z.enum(QUOTE_KINDS).optional(),
});
const setV3 = setV2.extend({
  version: z.literal(3),
  articles: z.array(
    setV2.shape.articles.element.extend({
      annotations: z.array(annotationV3),
      orphans: z.array(annotationV3).optional(),
    }),
  ),
});

/**
 * Version 4: several annotators' work in one file. An annotation may say whose layer it belongs to
 * (`annotator`: a person's name, or "gold" for the curated version); without it, it is the work of
 * whoever imports the file. Frozen like version 1.
 */
const annotationV4 = annotationV3.extend({ annotator: filled("the annotator").optional() });
const setV4 = setV3.extend({
  version: z.literal(4),
  articles: z.array(
    setV3.shape.articles.element.extend({
      annotations: z.array(annotationV4),
      orphans: z.array(annotationV4).optional(),
    }),
  ),
});

type SchemaResult = { ok: true; data: AnnotationSet } | { ok: false; issues: readonly z.core.$ZodIssue[] };

/** How a file of one version is read: its schema, and how its data becomes the shape this app writes. */
function versionReader<Schema extends z.ZodType>(
  schema: Schema,
  upgrade: (data: z.output<Schema>) => AnnotationSet,
) {
  return {
    schema,
    read(value: unknown): SchemaResult {
      const parsed = schema.safeParse(value);
      return parsed.success
        ? { ok: true, data: upgrade(parsed.data) }
        : { ok: false, issues: parsed.error.issues };
    },
  };
}

/** A reader for each version ever written, oldest first. */
const READERS = {
  // A version 1 article has no metadata: its data is version 2 data as it stands.
  1: versionReader(setV1, (data) => ({ ...data, version: 4 })),
  // A version 2 annotation has one content span and no cue, source or kind: version 3 data as it stands.
  2: versionReader(setV2, (data) => ({ ...data, version: 4 })),
  // A version 3 annotation names no annotator: version 4 data as it stands (the importer's own work).
  3: versionReader(setV3, (data) => ({ ...data, version: 4 })),
  4: versionReader(setV4, (data) => data),
} as const;

/**
 * The schema of the version this app writes reads exactly what the exporter writes, record by record:
 * a field added to a record of `types.ts` and not to the schema (or the other way round) is a compile
 * error here.
 */
type Current = z.output<(typeof READERS)[typeof EXPORT_VERSION]["schema"]>;
type CurrentArticle = Current["articles"][number];
type _SameAnnotations = Assert<Equal<CurrentArticle["annotations"][number], ExportedAnnotation>>;
type _SameArticles = Assert<Equal<CurrentArticle, ExportedArticle>>;
type _SameSpeakers = Assert<Equal<Current["speakers"][number], ExportedSpeaker>>;
type _SameFiles = Assert<Equal<Current, AnnotationSet>>;

export function parseAnnotationSet(
  fileName: string,
  content: string | Uint8Array,
  size?: number,
): ParseResult {
  const fail = (error: string): ParseResult => ({ ok: false, error: `${fileName}: ${error}` });
  const byteLength =
    size ?? (typeof content === "string" ? new TextEncoder().encode(content).length : content.length);
  if (byteLength > MAX_IMPORT_BYTES) {
    return fail(
      `the file is too large (${formatMB(byteLength)}; the limit is ${formatMB(MAX_IMPORT_BYTES)}).`,
    );
  }
  if (byteLength === 0) return fail("the file is empty.");
  let text: string;
  if (typeof content === "string") text = content;
  else {
    const decoded = decodeTextBytes(content);
    if (!decoded.ok) return fail(DECODING_PROBLEMS[decoded.problem]);
    text = decoded.text;
  }
  if (text.trim() === "") return fail("the file holds only blank space.");

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`this is not valid JSON (${describeJsonError(text, error)}).`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return fail(
      'this JSON is not a Quote Annotator export (expected an object with "format": "quote-annotator").',
    );
  }
  const record = value as Record<string, unknown>;
  if (record.format !== EXPORT_FORMAT) {
    return fail(
      `this JSON is not a Quote Annotator export (its "format" is ${JSON.stringify(record.format) ?? "missing"}; expected "${EXPORT_FORMAT}").`,
    );
  }
  const version = record.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return fail(`"version" must be a whole number ≥ 1 (found ${JSON.stringify(version) ?? "nothing"}).`);
  }
  if (version > EXPORT_VERSION) {
    return fail(
      `written by a newer version of Quote Annotator (format version ${version}; this app reads up to ${EXPORT_VERSION}).`,
    );
  }
  const reader = (READERS as Partial<Record<number, (typeof READERS)[keyof typeof READERS]>>)[version];
  if (!reader) return fail(`format version ${version} is unknown.`);
  const parsed = reader.read(value);
  if (!parsed.ok) {
    return fail(listProblems(parsed.issues.map((i) => `${jsonPath(i.path)}: ${i.message}`)));
  }
  const problems = checkMeaning(parsed.data);
  if (problems.length) return fail(listProblems(problems));
  return { ok: true, data: parsed.data };
}

/** A UTF-16 file (as Windows tools write JSON) is read as its text; see textBytes.ts. */
const DECODING_PROBLEMS = {
  binary: "this is a binary file, not JSON.",
  "not-utf8": "this file is not UTF-8 text, so it cannot be JSON.",
  "broken-utf16":
    "this file is UTF-16 text with a broken character (an odd byte or a lone surrogate); save it as UTF-8.",
} as const;

function checkMeaning(data: AnnotationSet): string[] {
  const problems: string[] = [];
  const speakerIds = new Set<string>();
  data.speakers.forEach((s, i) => {
    if (speakerIds.has(s.id)) problems.push(`speakers[${i}].id: duplicate id ${JSON.stringify(s.id)}`);
    speakerIds.add(s.id);
  });
  const articleIds = new Set<string>();
  const annotationIds = new Set<string>();
  data.articles.forEach((article, i) => {
    const at = `articles[${i}]`;
    if (articleIds.has(article.id)) problems.push(`${at}.id: duplicate id ${JSON.stringify(article.id)}`);
    articleIds.add(article.id);
    if (sha256Hex(article.text) !== article.textSha256) {
      problems.push(`${at}.textSha256: does not match the SHA-256 of the article's text`);
      return;
    }
    const offsets = textOffsets(article.text);
    article.annotations.forEach((a, j) => {
      const path = `${at}.annotations[${j}]`;
      if (annotationIds.has(a.id)) problems.push(`${path}.id: duplicate id ${JSON.stringify(a.id)}`);
      annotationIds.add(a.id);
      checkExcerpt(a, path, article.text, offsets, problems);
      let previousEnd = a.end;
      (a.moreFragments ?? []).forEach((fragment, k) => {
        const fragmentPath = `${path}.moreFragments[${k}]`;
        checkExcerpt(fragment, fragmentPath, article.text, offsets, problems);
        if (fragment.start <= previousEnd) {
          problems.push(
            `${fragmentPath}.start: ${fragment.start} must come after the fragment before it (which ends at ${previousEnd})`,
          );
        }
        previousEnd = fragment.end;
      });
      if (a.cue) checkExcerpt(a.cue, `${path}.cue`, article.text, offsets, problems);
      if (a.source) checkExcerpt(a.source, `${path}.source`, article.text, offsets, problems);
      if (a.speakerId !== null && !speakerIds.has(a.speakerId)) {
        problems.push(`${path}.speakerId: names no speaker of the file (${JSON.stringify(a.speakerId)})`);
      }
    });
    (article.orphans ?? []).forEach((a, j) => {
      const path = `${at}.orphans[${j}]`;
      if (annotationIds.has(a.id)) problems.push(`${path}.id: duplicate id ${JSON.stringify(a.id)}`);
      annotationIds.add(a.id);
      if (a.speakerId !== null && !speakerIds.has(a.speakerId)) {
        problems.push(`${path}.speakerId: names no speaker of the file (${JSON.stringify(a.speakerId)})`);
      }
    });
  });
  return problems;
}

/** An excerpt of the text is where its offsets say: a non-empty span inside the text holding `exact`. */
function checkExcerpt(
  { start, end, exact }: { start: number; end: number; exact: string },
  path: string,
  text: string,
  offsets: TextOffsets,
  problems: string[],
): void {
  if (start >= end) problems.push(`${path}: start (${start}) must be less than end (${end})`);
  else if (end > offsets.length) {
    problems.push(`${path}.end: ${end} is past the end of the text (${offsets.length} code points)`);
  } else {
    const actual = text.slice(offsets.toUtf16(codePoint(start)), offsets.toUtf16(codePoint(end)));
    if (actual !== exact) {
      problems.push(
        `${path}.exact: does not match the text at ${start}–${end} (${JSON.stringify(clip(actual))})`,
      );
    }
  }
}

function listProblems(problems: string[]): string {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).join("; ");
  const more = problems.length - MAX_PROBLEMS_SHOWN;
  return more > 0 ? `${shown}; and ${more} more problem${more > 1 ? "s" : ""}` : shown;
}

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : `${out ? "." : ""}${String(key)}`;
  return out || "(the whole file)";
}

function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/Unexpected end/i.test(message)) return `it ends too early, at line ${text.split("\n").length}`;
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = text.slice(0, Number(position));
  const line = before.split("\n").length;
  const column = Number(position) - before.lastIndexOf("\n");
  return `line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, "")}`;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

function formatMB(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
