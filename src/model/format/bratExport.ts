import { strToU8, zipSync } from "fflate";
import { compareByPosition } from "../annotationOrder";
import { contentFragments } from "../attribution";
import { layerOf, layersOf, OWN_LAYER } from "../layers";
import { type CodePointSpan, textOffsets } from "../text";
import type { Annotation, Article, Tag } from "../types";
import { type BratAttribute, type BratEvent, type BratNote, type BratSpan, serializeBrat } from "./brat";
import type { ExportContent } from "./exportFile";

/**
 * The library in brat standoff, in PolNeAR's convention, which the brat import reads back
 * (bratAnnotations.ts):
 *
 *   T1  Content 10 20;30 40     the content, in its fragments (Claim or Statistic for those tags)
 *   T2  Cue 22 26               the cue, when there is one
 *   T3  Source 27 36            the source, when there is one
 *   T4  Attribution 22 26       the event's trigger: on the cue, or on the content's first fragment;
 *                               Attribution-no-source when there is no source, as PolNeAR writes it
 *   E1  Attribution:T4 Content:T1 Cue:T2 Source:T3
 *   A1  Kind E1 direct          the kind, when it has one
 *   #1  AnnotatorNotes E1 …     the note, when there is one (a line break in it becomes a space)
 *   T5  Speaker 50 58           a speaker span
 *
 * Claims and statistics keep the attribution's shape (their content may be reported and attributed
 * as a quote is) and differ only by their content's type, so a tool that reads PolNeAR reads them as
 * attributions, and this app's import gives them their tag back. Who said it (the speaker) has no
 * place in brat: the JSON export keeps it.
 */

const CONTENT_TYPES: Record<Exclude<Tag, "speaker">, string> = {
  quote: "Content",
  claim: "Claim",
  statistic: "Statistic",
};

type Exportable = Pick<
  Annotation,
  | "id"
  | "tag"
  | "start"
  | "end"
  | "exact"
  | "moreFragments"
  | "cue"
  | "source"
  | "kind"
  | "note"
  | "createdAt"
> & { orphan?: true };

/**
 * The `.txt` and `.ann` of one article. Orphans (annotations of another version of the text, whose
 * offsets do not index this one) are left out and counted.
 */
export function bratFromAnnotations(
  article: Pick<Article, "text">,
  annotations: readonly Exportable[],
): { txt: string; ann: string; leftOut: number } {
  const spans: BratSpan[] = [];
  const events: BratEvent[] = [];
  const attributes: BratAttribute[] = [];
  const notes: BratNote[] = [];
  const span = (type: string, fragments: CodePointSpan[]): string => {
    const id = `T${spans.length + 1}`;
    spans.push({ id, type, fragments, text: "", line: 0 });
    return id;
  };
  const note = (target: string, text: string) => {
    if (text.trim()) notes.push({ id: `#${notes.length + 1}`, target, text, line: 0 });
  };
  const placed = annotations.filter((a) => !a.orphan).sort(compareByPosition);
  for (const a of placed) {
    const fragments = contentFragments(a).map(({ start, end }) => ({ start, end }));
    if (a.tag === "speaker") {
      note(span("Speaker", fragments), a.note);
      continue;
    }
    const content = span(CONTENT_TYPES[a.tag], fragments);
    const cue = a.cue ? span("Cue", [{ start: a.cue.start, end: a.cue.end }]) : null;
    const source = a.source ? span("Source", [{ start: a.source.start, end: a.source.end }]) : null;
    const type = source ? "Attribution" : "Attribution-no-source";
    const triggerAt = a.cue ?? fragments[0];
    const trigger = span(type, triggerAt ? [{ start: triggerAt.start, end: triggerAt.end }] : fragments);
    const id = `E${events.length + 1}`;
    const args = [{ role: "Content", ref: content }];
    if (cue) args.push({ role: "Cue", ref: cue });
    if (source) args.push({ role: "Source", ref: source });
    events.push({ id, type, trigger, args, line: 0 });
    if (a.kind) attributes.push({ id: `A${attributes.length + 1}`, type: "Kind", target: id, value: a.kind });
    note(id, a.note);
  }
  const ann = serializeBrat({ spans, events, attributes, notes }, article.text, textOffsets(article.text));
  return { txt: article.text, ann, leftOut: annotations.length - placed.length };
}

/**
 * File names (no extension) for `articles`, unique whatever the case: the name the article was
 * imported or bundled under when it has one (`import:NAME.txt`, `articles/NAME.txt`), so that a
 * corpus exported again keeps its names; else its title; safe on every file system.
 */
export function bratFileNames(
  articles: readonly Pick<Article, "id" | "title" | "source">[],
): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const article of articles) {
    const fromSource = /^(?:import:|articles\/)(.+)\.[^./]+$/.exec(article.source)?.[1];
    const base = safeName(fromSource ?? "") || safeName(article.title) || safeName(article.id) || "article";
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    names.set(article.id, name);
  }
  return names;
}

/** Letters, digits, `_`, `.` and `-`, at most 80 characters, no leading dot, no reserved Windows name. */
function safeName(value: string): string {
  const safe = value
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}_.-]+/gu, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 80)
    .replace(/[-.]+$/, "");
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(safe) ? `${safe}_` : safe;
}

/**
 * A zip of `NAME.txt` and `NAME.ann` for each article, and how many orphans were left out. An article
 * with several annotators' layers gets one `NAME_<annotator>.ann` per layer (the gold layer as
 * `NAME_gold.ann`; the user's own under their name, or as `NAME.ann` when they gave none), PolNeAR's
 * way, which the brat import reads back as layers.
 */
export function bratZip(content: ExportContent): { zip: Uint8Array; leftOut: number } {
  const byArticle = new Map<string, Annotation[]>();
  for (const a of content.annotations) {
    const list = byArticle.get(a.articleId);
    if (list) list.push(a);
    else byArticle.set(a.articleId, [a]);
  }
  const names = bratFileNames(content.articles);
  const files: Record<string, Uint8Array> = {};
  let leftOut = 0;
  for (const article of content.articles) {
    const name = names.get(article.id) as string;
    const annotations = byArticle.get(article.id) ?? [];
    const layers = layersOf(annotations);
    files[`${name}.txt`] = strToU8(article.text);
    if (layers.every((l) => l === OWN_LAYER)) {
      const brat = bratFromAnnotations(article, annotations);
      files[`${name}.ann`] = strToU8(brat.ann);
      leftOut += brat.leftOut;
      continue;
    }
    for (const layer of layers) {
      const who = layer === OWN_LAYER ? content.ownName : layer;
      const brat = bratFromAnnotations(
        article,
        annotations.filter((a) => layerOf(a) === layer),
      );
      // An underscore would end the text's name where NAME_<annotator> is read back.
      const suffix = who ? `_${safeName(who).replaceAll("_", "-") || "annotator"}` : "";
      files[`${name}${suffix}.ann`] = strToU8(brat.ann);
      leftOut += brat.leftOut;
    }
  }
  return { zip: zipSync(files), leftOut };
}
