import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { sha256Hex } from "../src/model/articleFile";
import { contentFragments, contentPatch } from "../src/model/attribution";
import type { ExportedAnnotation } from "../src/model/format/annotationSet";
import { type BratDocument, parseBrat } from "../src/model/format/brat";
import { annotationsFromBrat, bratAnnotationId } from "../src/model/format/bratAnnotations";
import { bratFromAnnotations } from "../src/model/format/bratExport";
import { bratAnnotationSet, bratFilesToRead, droppedCarriageReturns } from "../src/model/format/bratImport";
import { annotatorsToChoose, pairBratFiles } from "../src/model/format/bratPairing";
import { type CodePointSpan, textOffsets } from "../src/model/text";

/**
 * A brat corpus (PolNeAR's layout) through the brat import and export, outside the test suite: every
 * `.ann` file converted on its own (nothing lost: every attribution event, Content, Cue and Source span
 * is part of an annotation), exported again and compared with the input (contents, fragments, cues,
 * sources); then the whole folder as the import reads it, for one annotator, timed. Prints counts and
 * every difference. Run by scripts/brat-roundtrip.mjs.
 */
export function bratRoundtrip(corpus: string, annotator?: string): number {
  const paths = walk(corpus).map((path) => ({ path: relative(join(corpus, ".."), path), full: path }));
  const pairing = pairBratFiles(paths);
  const counts = { files: 0, events: 0, content: 0, cue: 0, source: 0, annotations: 0, refused: 0 };
  const lost: string[] = [];
  const differences: string[] = [];
  let typeChanged = 0;
  let exportedEvents = 0;
  const started = performance.now();
  for (const article of pairing.articles) {
    const bytes = readFileSync(article.text.full);
    const text = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n");
    // The app's own hash, so that ids are those the import gives.
    const sha = sha256Hex(text);
    for (const { file } of article.annotations) {
      counts.files++;
      const annName = basename(file.path);
      const ann = readFileSync(file.full, "utf8");
      const result = annotationsFromBrat({
        text,
        textSha256: sha,
        annName,
        ann,
        modifiedAt: statSync(file.full).mtime.toISOString(),
        droppedCarriageReturns: droppedCarriageReturns(bytes),
      });
      if (!result.ok) {
        counts.refused++;
        lost.push(...result.problems);
        continue;
      }
      counts.annotations += result.annotations.length;
      const doc = parseBrat(ann);
      const byId = new Map(result.annotations.map((a) => [a.id, a]));
      lost.push(...notTaken(doc, byId, sha, annName, counts));
      // Exported again and compared, event by event, with what the file said.
      const exported = parseBrat(bratFromAnnotations({ text }, result.annotations).ann);
      exportedEvents += exported.events.length;
      const before = attributions(doc, text);
      const after = attributions(exported, text);
      typeChanged += before.filter(
        (b) => b.type !== (b.source !== "none" ? "Attribution" : "Attribution-no-source"),
      ).length;
      const key = (a: Attribution) => `${a.content}|cue ${a.cue}|source ${a.source}`;
      const left = new Map<string, number>();
      for (const a of after) left.set(key(a), (left.get(key(a)) ?? 0) + 1);
      for (const b of before) {
        const n = left.get(key(b)) ?? 0;
        if (n > 0) left.set(key(b), n - 1);
        else differences.push(`${annName}: ${b.id} not exported as it was: ${key(b)}`);
      }
      for (const [k, n] of left) if (n > 0) differences.push(`${annName}: exported ${n} more: ${k}`);
    }
  }
  const perFile = performance.now() - started;

  const contested = annotatorsToChoose(pairing.articles);
  const chosen = annotator ?? contested[0]?.annotator ?? undefined;
  const setStarted = performance.now();
  const toRead = bratFilesToRead(pairing, chosen);
  const read = (f: { path: string; full: string }) => ({
    path: f.path,
    bytes: new Uint8Array(readFileSync(f.full)),
    modifiedAt: statSync(f.full).mtime.toISOString(),
  });
  const { set, report } = bratAnnotationSet(
    toRead.articles.map((a) => ({ text: read(a.text), ann: a.ann && read(a.ann) })),
    new Date(),
  );
  const setTime = performance.now() - setStarted;

  console.log(`corpus ${corpus}: ${pairing.articles.length} texts, ${counts.files} .ann files`);
  console.log(
    `each file on its own: ${counts.annotations} annotations from ${counts.events} attribution events, ` +
      `${counts.content} Content, ${counts.cue} Cue and ${counts.source} Source spans; ${counts.refused} files refused; ` +
      `${Math.round(perFile)} ms for read + convert + export + compare`,
  );
  console.log(`not taken into an annotation: ${lost.length}`);
  for (const line of lost) console.log(`  ${line}`);
  console.log(
    `exported again: ${exportedEvents} events; differences in content, fragments, cue or source: ${differences.length}` +
      `; events whose type the export writes otherwise (Attribution-no-source with a Source): ${typeChanged}`,
  );
  for (const line of differences) console.log(`  ${line}`);
  console.log(
    `the folder as imported, annotator ${chosen ?? "(none)"} for the ${contested.length ? "texts with several" : "no contested"} files: ` +
      `${report.files} files, ${report.articles} articles, ${report.annotations} annotations, ` +
      `${set.articles.reduce((n, a) => n + a.annotations.length, 0)} in the set, unused ${JSON.stringify(report.unused)}, ` +
      `${report.problems.length + toRead.problems.length} problems, ${report.notices.length} notices; ${Math.round(setTime)} ms`,
  );
  for (const line of [...toRead.problems, ...report.problems, ...report.notices]) console.log(`  ${line}`);
  return lost.length + differences.length;
}

interface Attribution {
  id: string;
  type: string;
  /** The content's fragments joined where they overlap or touch, as the app keeps them. */
  content: string;
  cue: string;
  source: string;
}

/** Each attribution event with content of `doc`, its parts as offset strings. */
function attributions(doc: BratDocument, text: string): Attribution[] {
  const offsets = textOffsets(text);
  const spans = new Map(doc.spans.map((s) => [s.id, s]));
  const role = (args: { role: string; ref: string }[], name: string) =>
    args.filter((a) => a.role.replace(/\d+$/, "") === name).flatMap((a) => spans.get(a.ref)?.fragments ?? []);
  const stretch = (fragments: CodePointSpan[]) =>
    fragments.length
      ? `${Math.min(...fragments.map((f) => f.start))}-${Math.max(...fragments.map((f) => f.end))}`
      : "none";
  return doc.events
    .filter((e) => /^attribution(-no-source)?$/i.test(e.type) && role(e.args, "Content").length)
    .map((e) => {
      // A content patch always sets the first fragment.
      const joined = contentPatch(text, offsets, role(e.args, "Content")) as Parameters<
        typeof contentFragments
      >[0];
      const fragments = contentFragments(joined);
      return {
        id: e.id,
        type: e.type,
        content: fragments.map((f) => `${f.start}-${f.end}`).join(";"),
        cue: stretch(role(e.args, "Cue").slice(0, 1)),
        source: stretch(role(e.args, "Source").slice(0, 1)),
      };
    });
}

/** What of `doc`'s attributions is not part of the annotation its id names. */
function notTaken(
  doc: BratDocument,
  byId: Map<string, ExportedAnnotation>,
  sha: string,
  annName: string,
  counts: { events: number; content: number; cue: number; source: number },
): string[] {
  const missing: string[] = [];
  const spans = new Map(doc.spans.map((s) => [s.id, s]));
  const covered = new Set<string>();
  const inside = (outer: { start: number; end: number }[], f: CodePointSpan) =>
    outer.some((o) => o.start <= f.start && f.end <= o.end);
  for (const event of doc.events) {
    if (!/^attribution(-no-source)?$/i.test(event.type)) continue;
    counts.events++;
    const annotation = byId.get(bratAnnotationId(sha, annName, event.id));
    if (!annotation) {
      missing.push(`${annName} line ${event.line}: ${event.id} is no annotation`);
      continue;
    }
    for (const { role, ref } of event.args) {
      const span = spans.get(ref);
      if (!span) continue;
      const kind = role.replace(/\d+$/, "").toLowerCase();
      const target =
        kind === "content"
          ? contentFragments(annotation)
          : kind === "cue"
            ? [annotation.cue]
            : [annotation.source];
      const parts = target.filter((t): t is NonNullable<typeof t> => !!t);
      if (span.fragments.every((f) => inside(parts, f))) covered.add(ref);
      else
        missing.push(
          `${annName} line ${span.line}: ${ref} (${span.type}) is not in ${event.id}'s annotation`,
        );
    }
  }
  for (const span of doc.spans) {
    const kind = span.type.toLowerCase() as "content" | "cue" | "source";
    if (!["content", "cue", "source"].includes(kind)) continue;
    counts[kind]++;
    if (covered.has(span.id)) continue;
    if (kind === "content" && byId.has(bratAnnotationId(sha, annName, span.id))) continue;
    missing.push(`${annName} line ${span.line}: ${span.id} (${span.type}) is part of no annotation`);
  }
  return missing;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
