import { spanOf } from "./anchor";
import { type CodePoint, type CodePointSpan, codePoint, type TextOffsets, utf16 } from "./text";
import type { Annotation, AnnotationPatch, Excerpt, QuoteKind } from "./types";

/**
 * An annotation as an attribution: its content in one or more fragments, the cue that reports it and
 * the source that names who said it. The first fragment is the annotation's own `start`–`end` (so
 * ordering, anchoring and every format that knows one span keep working); the others are
 * `moreFragments`, in text order.
 */

type Content = Pick<Annotation, "start" | "end" | "exact" | "moreFragments">;

/** Every fragment of the content, in text order. */
export function contentFragments(annotation: Content): Excerpt[] {
  const first = { start: annotation.start, end: annotation.end, exact: annotation.exact };
  return annotation.moreFragments?.length ? [first, ...annotation.moreFragments] : [first];
}

/** The excerpt of `text` at `span`. */
export function excerptOf(text: string, offsets: TextOffsets, span: CodePointSpan): Excerpt {
  const { start, end, exact } = spanOf(text, offsets, span);
  return { start, end, exact };
}

/** What of an annotation the reader draws, each with a key unique among the annotation's parts. */
export type PartName = "content" | "cue" | "source";
export interface DrawnPart {
  part: PartName;
  /** "content" for the first fragment, "content-2"… for the next ones, "cue", "source". */
  key: string;
  start: CodePoint;
  end: CodePoint;
}

export function drawnParts(annotation: Annotation): DrawnPart[] {
  const parts: DrawnPart[] = contentFragments(annotation).map(({ start, end }, i) => ({
    part: "content",
    key: i === 0 ? "content" : `content-${i + 1}`,
    start,
    end,
  }));
  if (annotation.cue) parts.push({ part: "cue", key: "cue", ...range(annotation.cue) });
  if (annotation.source) parts.push({ part: "source", key: "source", ...range(annotation.source) });
  return parts;
}

function range({ start, end }: Excerpt): { start: CodePoint; end: CodePoint } {
  return { start, end };
}

/**
 * The change that makes `fragments` the content of an annotation: spans that overlap or touch are
 * joined, the first becomes the annotation's span (with its context), the rest `moreFragments`.
 */
export function contentPatch(
  text: string,
  offsets: TextOffsets,
  fragments: readonly CodePointSpan[],
): AnnotationPatch {
  const sorted = [...fragments].sort((a, b) => a.start - b.start || a.end - b.end);
  const joined: CodePointSpan[] = [];
  for (const span of sorted) {
    const last = joined[joined.length - 1];
    if (last && span.start <= last.end) {
      joined[joined.length - 1] = { start: last.start, end: codePoint(Math.max(last.end, span.end)) };
    } else joined.push({ start: span.start, end: span.end });
  }
  const [first, ...rest] = joined;
  if (!first) throw new RangeError("an annotation's content needs at least one fragment");
  const { start, end, exact, prefix, suffix } = spanOf(text, offsets, first);
  return {
    start,
    end,
    exact,
    prefix,
    suffix,
    moreFragments: rest.length ? rest.map((span) => excerptOf(text, offsets, span)) : undefined,
  };
}

/** The change that adds `span` to the content (joined with any fragment it overlaps or touches). */
export function addFragment(
  annotation: Content,
  text: string,
  offsets: TextOffsets,
  span: CodePointSpan,
): AnnotationPatch {
  return contentPatch(text, offsets, [...contentFragments(annotation), span]);
}

/** The change that removes fragment `index` (0 is the first); null when it is the only one. */
export function removeFragment(
  annotation: Content,
  text: string,
  offsets: TextOffsets,
  index: number,
): AnnotationPatch | null {
  const fragments = contentFragments(annotation);
  if (fragments.length < 2 || index < 0 || index >= fragments.length) return null;
  return contentPatch(
    text,
    offsets,
    fragments.filter((_, i) => i !== index),
  );
}

/** Double quotation marks: those that open, those that close, and the straight one that does either. */
const OPENS = new Set(["“", "„", "«"]);
const CLOSES = new Set(["”", "»"]);
const STRAIGHT = '"';
const LETTER = /[\p{L}\p{N}]/u;

/**
 * The kind a content most likely is, from the quotation marks around its words: direct when every
 * word of every fragment is inside quotation marks, mixed when some are, indirect when none are.
 * Marks are followed from the start of the paragraph, so a fragment taken from the middle of a quotation
 * (or without its marks, as annotators differ on taking them in) is still inside it. Single marks are
 * not followed: they are apostrophes as often as quotes, and nest inside double ones. A proposal the
 * user can change, never a judgement of meaning.
 */
export function proposeKind(text: string, offsets: TextOffsets, fragments: readonly Excerpt[]): QuoteKind {
  let inside = 0;
  let outside = 0;
  for (const fragment of fragments) {
    const from = offsets.toUtf16(fragment.start);
    const to = offsets.toUtf16(fragment.end);
    let quoted = false;
    for (let i = text.lastIndexOf("\n", from - 1) + 1; i < to; i++) {
      const char = text.charAt(i);
      if (OPENS.has(char)) quoted = true;
      else if (CLOSES.has(char)) quoted = false;
      else if (char === STRAIGHT) quoted = !quoted;
      else if (i >= from && LETTER.test(char)) {
        if (quoted) inside++;
        else outside++;
      }
    }
  }
  if (inside === 0) return "indirect";
  return outside === 0 ? "direct" : "mixed";
}

/** How far (UTF-16 units) from where the content's move puts it an excerpt's words are looked for. */
const PART_SEARCH_WINDOW = 2000;

/**
 * The further fragments, cue and source of an annotation whose first fragment an import moved by
 * `shift` code points in a changed text: each is taken where the move puts it when its words are
 * there, else at the nearest place nearby that holds them. `lost` is set when some part's words are
 * nowhere near: that part is left out and the caller has the user check the place.
 */
export function placeParts(
  text: string,
  offsets: TextOffsets,
  annotation: Pick<Annotation, "moreFragments" | "cue" | "source">,
  shift: number,
): { parts: Pick<Annotation, "moreFragments" | "cue" | "source">; lost: boolean } {
  let lost = false;
  const place = (excerpt: Excerpt): Excerpt | undefined => {
    const placed = placeExcerpt(text, offsets, excerpt, shift) ?? undefined;
    if (!placed) lost = true;
    return placed;
  };
  const parts: Pick<Annotation, "moreFragments" | "cue" | "source"> = {};
  const fragments = (annotation.moreFragments ?? []).map(place).filter((f): f is Excerpt => !!f);
  if (fragments.length) parts.moreFragments = fragments.sort((a, b) => a.start - b.start);
  const cue = annotation.cue && place(annotation.cue);
  if (cue) parts.cue = cue;
  const source = annotation.source && place(annotation.source);
  if (source) parts.source = source;
  return { parts, lost };
}

function placeExcerpt(text: string, offsets: TextOffsets, excerpt: Excerpt, shift: number): Excerpt | null {
  const length = excerpt.end - excerpt.start;
  const start = excerpt.start + shift;
  if (start >= 0 && start + length <= offsets.length) {
    const from = offsets.toUtf16(codePoint(start));
    if (text.startsWith(excerpt.exact, from))
      return { ...excerpt, start: codePoint(start), end: codePoint(start + length) };
  }
  if (!excerpt.exact) return null;
  const hint = offsets.toUtf16(codePoint(Math.min(Math.max(0, start), offsets.length)));
  const before = text.lastIndexOf(excerpt.exact, hint);
  const after = text.indexOf(excerpt.exact, hint);
  const candidates = [before, after].filter((i) => i >= 0 && Math.abs(i - hint) <= PART_SEARCH_WINDOW);
  const best = candidates.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint))[0];
  if (best === undefined) return null;
  const placedStart = offsets.toCodePoint(utf16(best));
  return { start: placedStart, end: codePoint(placedStart + length), exact: excerpt.exact };
}
