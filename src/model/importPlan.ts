import { spanOf } from "./anchor";
import { placeParts } from "./attribution";
import {
  ANNOTATION_FIELDS,
  type AnnotationSet,
  ARTICLE_FIELDS,
  type ExportedAnnotation,
  fromExported,
  SPEAKER_FIELDS,
} from "./format/annotationSet";
import { layerOf, OWN_LAYER } from "./layers";
import { type ReanchorResult, reanchor } from "./reanchor";
import { pickFields, sameFields } from "./records";
import { nameKey } from "./speakerNames";
import { textOffsets } from "./text";
import { isLater } from "./time";
import type { Annotation, Article, Speaker } from "./types";

/**
 * What importing an annotation set would do to the library, decided before anything is written so the
 * user sees it first: every row to write or remove, and a summary of what is new, what changes and what
 * conflicts. Pure: the store writes the plan in one transaction.
 *
 * Merge: records are matched by id and the newer `updatedAt` wins; speakers by id, then by name.
 * Replace: for each article in the file, its annotations in the library are replaced by the file's, in
 * the layers the file brings (see layers.ts);
 * speakers are updated from the file but never deleted, since other articles may name them.
 */

export type ImportMode = "merge" | "replace";

/** For articles of a file (by id): the library article to apply their annotations to, or "new". */
export type ImportTargets = ReadonlyMap<string, string | "new">;

/** For the slow part of planning, re-anchoring: progress, and the results of a plan made before. */
export interface PlanningWork {
  /** Called as annotations are placed again in changed texts: how many so far, of how many. */
  onProgress?(placed: number, total: number): void;
  /**
   * Re-anchoring results by what they depend on: filled by a preview and read by the import that
   * follows it, so that placing 20,000 annotations again is done once, not twice.
   */
  placements?: Map<string, ReanchorResult>;
}

export interface LibraryState {
  articles: readonly Article[];
  annotations: readonly Annotation[];
  speakers: readonly Speaker[];
}

export interface ImportSummary {
  articles: { inFile: number; added: number; known: number; textChanged: number };
  annotations: {
    inFile: number;
    added: number;
    updated: number;
    unchanged: number;
    /** Same id, newer in the library: the library's version is kept (merge). */
    keptNewer: number;
    /** Library annotations of the file's articles that the file does not have (replace). */
    removed: number;
    /** Placed again in a changed text. */
    reanchored: number;
    /** …of which the placement should be checked. */
    review: number;
    /** Could not be placed: kept as orphans. */
    orphans: number;
    /**
     * Had the id of an annotation of another article in the library: imported under a new id, so that
     * the other article keeps its own.
     */
    reassigned: number;
  };
  speakers: { inFile: number; added: number; matchedById: number; matchedByName: number };
}

export interface ImportPlan {
  mode: ImportMode;
  summary: ImportSummary;
  articles: Article[];
  speakers: Speaker[];
  annotations: Annotation[];
  deleteAnnotationIds: string[];
  deleteSpeakerIds: string[];
}

export function planImport(
  data: AnnotationSet,
  library: LibraryState,
  mode: ImportMode,
  fileName: string,
  newId: () => string = () => crypto.randomUUID(),
  /**
   * The library article the user chose for an article of the file (by the file's article id), e.g.
   * the new version of a story; without a choice, the library's article of the same id or text, else
   * a new article. "new" adds the file's article even when the library has one of that id or text.
   */
  targets: ImportTargets = new Map(),
  work: PlanningWork = {},
): ImportPlan {
  const summary: ImportSummary = {
    articles: { inFile: data.articles.length, added: 0, known: 0, textChanged: 0 },
    annotations: {
      inFile: 0,
      added: 0,
      updated: 0,
      unchanged: 0,
      keptNewer: 0,
      removed: 0,
      reanchored: 0,
      review: 0,
      orphans: 0,
      reassigned: 0,
    },
    speakers: { inFile: data.speakers.length, added: 0, matchedById: 0, matchedByName: 0 },
  };

  // Speakers: by id, then by name; a file speaker matched by name takes the library's id. Several file
  // speakers may match one library speaker: each adds its names to what the others added.
  const speakerId = new Map<string, string>();
  const speakers: Speaker[] = [];
  const libraryById = new Map(library.speakers.map((s) => [s.id, s]));
  const libraryByName = new Map(library.speakers.map((s) => [nameKey(s.name), s]));
  const merged = new Map<string, Speaker>();
  for (const s of data.speakers) {
    const byId = libraryById.get(s.id);
    const byName = byId ? undefined : libraryByName.get(nameKey(s.name));
    const existing = byId ?? byName;
    if (byId) summary.speakers.matchedById++;
    else if (byName) summary.speakers.matchedByName++;
    else summary.speakers.added++;
    if (!existing) {
      speakerId.set(s.id, s.id);
      speakers.push(pickFields(s, SPEAKER_FIELDS));
      continue;
    }
    speakerId.set(s.id, existing.id);
    const sofar = merged.get(existing.id) ?? existing;
    const name = mode === "replace" && byId ? s.name : sofar.name;
    const aliases = [sofar.name, ...sofar.aliases];
    for (const alias of [s.name, ...s.aliases]) if (!aliases.includes(alias)) aliases.push(alias);
    merged.set(existing.id, { id: existing.id, name, aliases: aliases.filter((a) => a !== name) });
  }
  for (const [id, speaker] of merged) {
    const existing = libraryById.get(id);
    if (!existing || !sameFields(existing, speaker, SPEAKER_FIELDS)) speakers.push(speaker);
  }

  const libraryArticles = new Map(library.articles.map((a) => [a.id, a]));
  const libraryByHash = new Map(library.articles.map((a) => [a.textSha256, a]));
  const libraryAnnotations = new Map(library.annotations.map((a) => [a.id, a]));
  const articles: Article[] = [];
  const annotations: Annotation[] = [];
  const deleteAnnotationIds: string[] = [];

  /** The library article the annotations of `fileArticle` go to, if any (else it is added). */
  const knownArticle = (fileArticle: AnnotationSet["articles"][number]): Article | undefined => {
    const chosen = targets.get(fileArticle.id);
    if (chosen === "new") return undefined;
    if (chosen !== undefined) return libraryArticles.get(chosen);
    return libraryArticles.get(fileArticle.id) ?? libraryByHash.get(fileArticle.textSha256);
  };
  // Re-anchoring is the slow part (seconds for thousands of annotations on a changed text): count it.
  const toPlace = data.articles.reduce((n, fileArticle) => {
    const known = knownArticle(fileArticle);
    return known && known.textSha256 !== fileArticle.textSha256 ? n + fileArticle.annotations.length : n;
  }, 0);
  let placedSoFar = 0;

  for (const fileArticle of data.articles) {
    const known = knownArticle(fileArticle);
    let target: Article;
    if (known) {
      target = known;
      summary.articles.known++;
      if (known.textSha256 !== fileArticle.textSha256) summary.articles.textChanged++;
    } else {
      target = pickFields(fileArticle, ARTICLE_FIELDS);
      target.source ||= `import:${fileName}`;
      // Added as a new article beside the library's of the same id: it gets an id of its own.
      if (libraryArticles.has(target.id)) target.id = newId();
      articles.push(target);
      summary.articles.added++;
    }
    const sameText = target.textSha256 === fileArticle.textSha256;
    const offsets = sameText ? null : textOffsets(target.text);

    const incoming: Annotation[] = [];
    const place = (a: ExportedAnnotation, wasOrphan: boolean): Annotation => {
      const base = fromExported(a, target.id, (id) => speakerId.get(id) ?? null);
      if (wasOrphan) {
        summary.annotations.orphans++;
        return { ...base, orphan: true };
      }
      if (sameText || !offsets) return base;
      const key = placementKey(a, target);
      const result = work.placements?.get(key) ?? reanchor(target.text, a);
      work.placements?.set(key, result);
      placedSoFar++;
      if (placedSoFar % PROGRESS_EVERY === 0 || placedSoFar === toPlace)
        work.onProgress?.(placedSoFar, toPlace);
      if (!result.ok) {
        summary.annotations.orphans++;
        return { ...base, orphan: true };
      }
      summary.annotations.reanchored++;
      // The other parts follow the first fragment's move; one not found makes the place one to check.
      const { parts, lost } = placeParts(target.text, offsets, a, result.start - a.start);
      const { moreFragments: _f, cue: _c, source: _s, ...single } = base;
      const placed = { ...single, ...parts, ...spanOf(target.text, offsets, result) };
      if (!result.review && !lost) return placed;
      summary.annotations.review++;
      // What it was made on, to show beside where it is now until the user confirms the place.
      return { ...placed, review: { exact: a.exact, prefix: a.prefix, suffix: a.suffix } };
    };
    for (const a of fileArticle.annotations) incoming.push(place(a, false));
    for (const a of fileArticle.orphans ?? []) incoming.push(place(a, true));
    summary.annotations.inFile += incoming.length;

    const incomingIds = new Set(incoming.map((a) => a.id));
    if (mode === "replace") {
      // Only the layers the file brings are replaced: another annotator's work in the library stays.
      // An article the file lists with no annotations empties the importer's own layer, as it always did.
      const replaced = new Set(incoming.length ? incoming.map(layerOf) : [OWN_LAYER]);
      for (const existing of library.annotations) {
        if (
          existing.articleId === target.id &&
          !incomingIds.has(existing.id) &&
          replaced.has(layerOf(existing))
        ) {
          deleteAnnotationIds.push(existing.id);
          summary.annotations.removed++;
        }
      }
    }
    for (let a of incoming) {
      let existing = libraryAnnotations.get(a.id);
      if (existing && existing.articleId !== a.articleId) {
        // The id is another article's annotation: taking it would move that annotation here.
        a = { ...a, id: newId() };
        existing = undefined;
        summary.annotations.reassigned++;
      }
      if (!existing) {
        summary.annotations.added++;
        annotations.push(a);
      } else if (sameAnnotation(existing, a)) {
        summary.annotations.unchanged++;
      } else if (mode === "merge" && isLater(existing.updatedAt, a.updatedAt)) {
        summary.annotations.keptNewer++;
      } else {
        summary.annotations.updated++;
        annotations.push(a);
      }
    }
  }

  return { mode, summary, articles, speakers, annotations, deleteAnnotationIds, deleteSpeakerIds: [] };
}

/** Placements between progress reports: often enough for a smooth bar, seldom enough to cost nothing. */
const PROGRESS_EVERY = 50;

/** What re-anchoring one annotation in one text depends on, to reuse its result for the same question. */
function placementKey(a: ExportedAnnotation, target: Article): string {
  return JSON.stringify([target.textSha256, a.start, a.exact, a.prefix, a.suffix]);
}

/** Whether importing `b` over `a` would change nothing: every field of the record is the same. */
function sameAnnotation(a: Annotation, b: Annotation): boolean {
  return sameFields(a, b, ANNOTATION_FIELDS);
}

/** The summary in the user's words, one line per kind of record. */
export function describeImportSummary(summary: ImportSummary): string[] {
  const { articles: ar, annotations: an, speakers: sp } = summary;
  const lines = [
    `${ar.inFile} article${ar.inFile === 1 ? "" : "s"}: ${ar.added} new, ${ar.known} already in the library${ar.textChanged ? ` (${ar.textChanged} with a different text)` : ""}.`,
    `${an.inFile} annotation${an.inFile === 1 ? "" : "s"}: ${an.added} new, ${an.updated} updated, ${an.unchanged} unchanged${an.keptNewer ? `, ${an.keptNewer} kept as they are because the library's version is newer` : ""}${an.removed ? `, ${an.removed} removed from the library` : ""}.`,
    `${sp.inFile} speaker${sp.inFile === 1 ? "" : "s"}: ${sp.added} new, ${sp.matchedById + sp.matchedByName} already known${sp.matchedByName ? ` (${sp.matchedByName} by name)` : ""}.`,
  ];
  if (an.reassigned) {
    lines.push(
      an.reassigned === 1
        ? "1 annotation has the id of an annotation of another article: it is imported under a new id, and the other article keeps its own."
        : `${an.reassigned} annotations have the ids of annotations of other articles: they are imported under new ids, and the other articles keep their own.`,
    );
  }
  if (an.reanchored || an.orphans) {
    lines.push(
      `Re-anchoring: ${an.reanchored} placed in the changed text${an.review ? ` (${an.review} to check)` : ""}, ${an.orphans} could not be placed and will be kept as orphans.`,
    );
  }
  return lines;
}
