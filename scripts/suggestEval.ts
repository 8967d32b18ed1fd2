import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseBrat } from "../src/model/format/brat";
import { cuesOf, isCandidate } from "../src/model/suggest/cueModel";
import { cueSpans } from "../src/model/suggest/cueSpans";
import { suggestAttributions } from "../src/model/suggest/engine";
import {
  type ArticleScore,
  type Attribution,
  addCounts,
  f1,
  scoreArticle,
} from "../src/model/suggest/evaluate";
import { sentencesOf } from "../src/model/suggest/sentences";
import { tokensOf } from "../src/model/suggest/tokens";
import { textOffsets, type Utf16Range } from "../src/model/text";

/**
 * `npm run suggest:eval -- CORPUS_DIR`: the engine against a brat corpus's attributions (CORPUS_DIR
 * holds text/ and attributions/; for a text with several annotators' files, the first by name).
 */
export function evaluateFolder(corpus: string): void {
  const files = readdirSync(join(corpus, "attributions"))
    .filter((n) => n.endsWith(".ann"))
    .sort();
  const firstFile = new Map<string, string>();
  for (const file of files) {
    const name = file.replace(/(_[^_]+)?\.ann$/, "");
    if (!firstFile.has(name)) firstFile.set(name, file);
  }
  const scores: ArticleScore[] = [];
  const bands = new Map<number, { suggested: number; right: number }>();
  const parts = { cues: 0, candidates: 0, predicted: 0, found: 0, given: 0, contentMatched: 0 };
  let ms = 0;
  let i = 0;
  for (const [name, file] of firstFile) {
    const text = readFileSync(join(corpus, "text", `${name}.txt`), "utf8");
    const offsets = textOffsets(text);
    const doc = parseBrat(readFileSync(join(corpus, "attributions", file), "utf8"));
    const spans = new Map(doc.spans.map((s) => [s.id, s]));
    const ranges = (ref: string | undefined) =>
      spans.get(ref ?? "")?.fragments.map((f) => offsets.toUtf16Range(f));
    const gold: Attribution[] = doc.events.flatMap((e) => {
      const content = e.args.filter((a) => a.role.startsWith("Content")).flatMap((a) => ranges(a.ref) ?? []);
      if (content.length === 0) return [];
      const role = (r: string) => ranges(e.args.find((a) => a.role === r)?.ref);
      return [{ content, cue: role("Cue"), source: role("Source") }];
    });
    const started = performance.now();
    const suggestions = suggestAttributions(text);
    ms += performance.now() - started;
    byConfidence(bands, text, suggestions, gold);
    const predicted: Attribution[] = suggestions.map((s) => ({
      content: s.fragments,
      cue: s.cue ? [s.cue] : undefined,
      source: s.source ? [s.source] : undefined,
    }));
    scores.push(scoreArticle(text, predicted, gold));
    addParts(parts, text, gold);
    i++;
    if (i % 10 === 0 || i === firstFile.size) process.stderr.write(`scored ${i} of ${firstFile.size}\n`);
  }
  const sum = (pick: (s: ArticleScore) => { predicted: number; gold: number; matched: number }) =>
    scores.map(pick).reduce(addCounts, { predicted: 0, gold: 0, matched: 0 });
  const line = (label: string, counts: ReturnType<typeof sum>) => {
    const r = f1(counts);
    console.log(
      `${label}: P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)} (${counts.matched} matched of ${counts.predicted} suggested, ${counts.gold} gold)`,
    );
  };
  const total = (pick: (s: ArticleScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  console.log(`${corpus}: ${scores.length} articles`);
  line(
    "content, overlap (Jaccard ≥ 0.5)",
    sum((s) => s.overlap),
  );
  line(
    "content, exact word tokens",
    sum((s) => s.exact),
  );
  line(
    "direct (content with a quotation mark), overlap",
    sum((s) => s.direct),
  );
  line(
    "reported (content without a quotation mark), overlap",
    sum((s) => s.reported),
  );
  const share = (a: number, b: number) => `${b ? (a / b).toFixed(3) : "–"} (${a} of ${b})`;
  console.log(
    `source agreement on matched pairs: ${share(
      total((s) => s.sourceAgree),
      total((s) => s.sourcePairs),
    )}`,
  );
  console.log(
    `cue agreement on matched pairs: ${share(
      total((s) => s.cueAgree),
      total((s) => s.cuePairs),
    )}`,
  );
  line(
    "content+source",
    sum((s) => s.withSource),
  );
  console.log(`time: ${(ms / scores.length).toFixed(1)} ms per article (engine only)`);
  console.log(
    `right by confidence: ${[...bands]
      .sort((a, b) => b[0] - a[0])
      .map(
        ([band, { suggested, right }]) =>
          `${band.toFixed(1)}–${(band + 0.1).toFixed(1)}: ${share(right, suggested)}`,
      )
      .join("; ")}`,
  );
  console.log(
    `parts: cue model P ${(parts.found / parts.predicted).toFixed(3)} R ${(parts.found / parts.cues).toFixed(3)} (${parts.candidates} of ${parts.cues} cues hold a word it knows); with the annotated cues given, content found by the rules ${share(parts.contentMatched, parts.given)}`,
  );
}

/**
 * The engine's two parts scored on their own: the cue model (a predicted cue is right when its word
 * lies inside an annotated cue of a reported content), and the content rules given the annotated cue
 * (matched as above, Jaccard ≥ 0.5), so that a reader sees which part limits the figures.
 */
function addParts(
  parts: {
    cues: number;
    candidates: number;
    predicted: number;
    found: number;
    given: number;
    contentMatched: number;
  },
  text: string,
  gold: readonly Attribution[],
): void {
  const reported = gold.filter((g) => !g.content.some((r) => /[“”"]/u.test(text.slice(r.start, r.end))));
  const cues = gold.flatMap((g) => (g.cue?.[0] ? [g.cue[0]] : []));
  const inside = (t: Utf16Range, c: Utf16Range) => c.start <= t.start && t.end <= c.end;
  for (const sentence of sentencesOf(text)) {
    const tokens = tokensOf(text, sentence);
    const mine = cues.filter((c) => sentence.start <= c.start && c.end <= sentence.end);
    parts.cues += mine.length;
    parts.candidates += mine.filter((c) => tokens.some((t) => inside(t, c) && isCandidate(t))).length;
    for (const cue of cuesOf(tokens)) {
      parts.predicted++;
      if (mine.some((c) => inside(tokens[cue.first] as Utf16Range, c))) parts.found++;
    }
    for (const g of reported) {
      const cue = g.cue?.[0];
      if (!cue || cue.start < sentence.start || cue.end > sentence.end) continue;
      const first = tokens.findIndex((t) => t.end > cue.start);
      let last = first;
      while (last + 1 < tokens.length && (tokens[last + 1] as Utf16Range).start < cue.end) last++;
      parts.given++;
      const found = first >= 0 ? cueSpans(tokens, first, last) : null;
      if (found && scoreArticle(text, [{ content: [found.content] }], [g]).overlap.matched === 1)
        parts.contentMatched++;
    }
  }
}

/**
 * How often the suggestions of each confidence band (0.9, 0.8, …) match an annotated content (Jaccard ≥
 * 0.5, not one to one): what "Accept all at 80% or more" can promise.
 */
function byConfidence(
  bands: Map<number, { suggested: number; right: number }>,
  text: string,
  suggestions: readonly { fragments: Utf16Range[]; confidence: number }[],
  gold: readonly Attribution[],
): void {
  for (const s of suggestions) {
    const band = Math.floor(s.confidence * 10) / 10;
    const into = bands.get(band) ?? { suggested: 0, right: 0 };
    into.suggested++;
    if (gold.some((g) => scoreArticle(text, [{ content: s.fragments }], [g]).overlap.matched === 1))
      into.right++;
    bands.set(band, into);
  }
}
