import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseBrat } from "../src/model/format/brat";
import { endCandidates, endFeatures } from "../src/model/suggest/contentEnd";
import { cueFeatures, quotedMask } from "../src/model/suggest/cueFeatures";
import { sentencesOf } from "../src/model/suggest/sentences";
import { AUXILIARY, type Token, tokensOf } from "../src/model/suggest/tokens";
import { textOffsets, type Utf16Range } from "../src/model/text";
import { AveragedPerceptron } from "./averagedPerceptron";
import { FUNCTION_WORDS } from "./learnCues";

/**
 * Trains the suggestion engine's cue model (src/model/suggest/cueModel.json) on a brat corpus,
 * PolNeAR's training split: every word that opens an annotated Cue at least MIN_OPENS times is a
 * candidate; every occurrence of a candidate in the corpus is an example, positive when it opens a
 * cue there; an averaged perceptron learns the weights of its features. Only words and weights leave
 * the corpus, never its texts. Deterministic: the same corpus gives the same file.
 */
const MIN_OPENS = 3;
const MIN_PHRASE = 5;
const EPOCHS = 10;
const MIN_FEATURE_COUNT = 3;
const MIN_WEIGHT = 0.3;
// Words annotators sometimes marked as a cue that open none on their own (those learn-cues leaves out),
// and the ones that open many phrases but no cue by themselves.
const NOT_CUE_WORDS = new Set([...FUNCTION_WORDS, "a", "the", "and", "that", "his", "her", "their"]);

interface Example {
  features: string[];
  positive: boolean;
}

export function trainCues(corpus: string, out: string): void {
  const articles = readdirSync(join(corpus, "attributions"))
    .filter((n) => n.endsWith(".ann"))
    .sort()
    .map((file) => {
      const name = file.replace(/(_[^_]+)?\.ann$/, "");
      const text = readFileSync(join(corpus, "text", `${name}.txt`), "utf8");
      const offsets = textOffsets(text);
      const doc = parseBrat(readFileSync(join(corpus, "attributions", file), "utf8"));
      const cues = doc.spans
        .filter((s) => s.type === "Cue")
        .map((s) => s.fragments.map((f) => offsets.toUtf16Range(f)));
      // Each attribution's content (in one fragment) and cue, for where contents end.
      const spans = new Map(doc.spans.map((s) => [s.id, s.fragments.map((f) => offsets.toUtf16Range(f))]));
      const contents = doc.events.flatMap((e) => {
        const content = e.args
          .filter((a) => a.role.startsWith("Content"))
          .flatMap((a) => spans.get(a.ref) ?? []);
        const cue = spans.get(e.args.find((a) => a.role === "Cue")?.ref ?? "")?.[0];
        return content.length === 1 && content[0] && cue ? [{ content: content[0], cue }] : [];
      });
      return { text, cues, contents };
    });

  // Which words open cues, and which phrases of several words they open.
  const opens = new Map<string, number>();
  const phraseCounts = new Map<string, number>();
  const sentences = articles.map(({ text, cues }) => {
    return sentencesOf(text).map((s) => {
      const tokens = tokensOf(text, s);
      // A cue's word is its first that is no auxiliary: "said" in "has said", "would not say".
      const positive = tokens.map(() => false);
      for (const cue of cues) {
        const first = cue[0];
        if (!first || first.start < s.start || first.end > s.end) continue;
        let i = tokens.findIndex((t) => t.start >= first.start);
        while (
          i >= 0 &&
          i + 1 < tokens.length &&
          (tokens[i] as Token).end < first.end &&
          AUXILIARY.has((tokens[i] as Token).lower)
        )
          i++;
        if (i >= 0) positive[i] = true;
      }
      tokens.forEach((t, i) => {
        if (!positive[i] || !t.word) return;
        opens.set(t.lower, (opens.get(t.lower) ?? 0) + 1);
        const cue = cues.find((c) => c[0] && c[0].start <= t.start && t.end <= c[0].end);
        const end = cue?.[0]?.end ?? t.end;
        const rest = tokens
          .slice(i + 1)
          .filter((u) => u.end <= end)
          .map((u) => u.lower);
        if (rest.length > 0 && rest.length <= 3) {
          const key = [t.lower, ...rest].join(" ");
          phraseCounts.set(key, (phraseCounts.get(key) ?? 0) + 1);
        }
      });
      return { tokens, positive };
    });
  });
  const vocabulary = [...opens]
    .filter(([w, n]) => n >= MIN_OPENS && !NOT_CUE_WORDS.has(w) && !AUXILIARY.has(w))
    .map(([w]) => w)
    .sort();
  const candidate = new Set(vocabulary);
  const phrases: Record<string, string[][]> = {};
  for (const [key, n] of [...phraseCounts].sort()) {
    const [first, ...rest] = key.split(" ");
    if (n < MIN_PHRASE || !first || !candidate.has(first)) continue;
    phrases[first] = [...(phrases[first] ?? []), rest];
  }

  const examples: Example[] = [];
  for (const article of sentences)
    for (const { tokens, positive } of article) {
      const quoted = quotedMask(tokens);
      tokens.forEach((t, i) => {
        if (t.word && candidate.has(t.lower))
          examples.push({ features: cueFeatures(tokens, i, quoted), positive: positive[i] === true });
      });
    }

  // Features seen in fewer than MIN_FEATURE_COUNT examples are dropped: they fit single sentences.
  const seen = new Map<string, number>();
  for (const example of examples) for (const f of example.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  for (const example of examples)
    example.features = example.features.filter((f) => (seen.get(f) ?? 0) >= MIN_FEATURE_COUNT);

  // The weights that classify the training examples (averagedPerceptron.ts).
  const model = new AveragedPerceptron();
  let seed = 1;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = examples.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let errors = 0;
    for (const index of order) {
      model.tick();
      const example = examples[index] as Example;
      const predicted = model.score(example.features) > 0;
      if (predicted !== example.positive) {
        errors++;
        model.update(example.features, example.positive ? 1 : -1);
      }
    }
    process.stderr.write(`epoch ${epoch + 1}: ${errors} errors of ${examples.length}\n`);
  }
  const weights = model.averaged(MIN_WEIGHT);
  const contentEnd = trainContentEnd(articles);
  const file = {
    origin: `Averaged perceptrons trained by scripts/train-cues.mjs on the Cue spans (and, for contentEnd, the contents that follow their cue in its sentence) of ${corpus.split("/").slice(-3).join("/")} (${articles.length} annotation files, ${examples.length} examples, ${EPOCHS} epochs); words that open a cue at least ${MIN_OPENS} times; features seen at least ${MIN_FEATURE_COUNT} times, weights of at least ${MIN_WEIGHT}.`,
    vocabulary,
    phrases,
    weights,
    contentEnd,
  };
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  console.log(`${vocabulary.length} cue words, ${Object.keys(weights).length} weights written to ${out}`);
}

/**
 * The content-end ranker (contentEnd.ts): for every content that follows its cue in one sentence,
 * the places it may end are ranked, and the averaged perceptron learns to put the annotated one first.
 */
function trainContentEnd(
  articles: readonly { text: string; contents: { content: Utf16Range; cue: Utf16Range }[] }[],
): Record<string, number> {
  const examples: { candidates: string[][]; gold: number }[] = [];
  for (const { text, contents } of articles) {
    const sentences = sentencesOf(text);
    for (const { content, cue } of contents) {
      const sentence = sentences.find((s) => s.start <= cue.start && content.end <= s.end);
      if (!sentence || content.start < cue.end) continue;
      const tokens = tokensOf(text, sentence);
      const from = tokens.findIndex((t) => t.start >= content.start);
      let goldEnd = -1;
      tokens.forEach((t, i) => {
        if (t.word && t.end <= content.end) goldEnd = i;
      });
      const cueToken = tokens.find((t) => t.start >= cue.start);
      if (from < 0 || goldEnd < from || !cueToken) continue;
      const ends = endCandidates(tokens, from);
      const gold = ends.indexOf(goldEnd);
      if (gold < 0 || ends.length < 2) continue;
      const quoted = quotedMask(tokens);
      examples.push({
        candidates: ends.map((end, rank) => endFeatures(tokens, from, end, rank, quoted, cueToken.lower)),
        gold,
      });
    }
  }
  const model = new AveragedPerceptron();
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    let errors = 0;
    for (const { candidates, gold } of examples) {
      model.tick();
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      candidates.forEach((features, i) => {
        const score = model.score(features);
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      });
      if (best === gold) continue;
      errors++;
      model.update(candidates[gold] ?? [], 1);
      model.update(candidates[best] ?? [], -1);
    }
    process.stderr.write(`content end, epoch ${epoch + 1}: ${errors} errors of ${examples.length}\n`);
  }
  return model.averaged(MIN_WEIGHT);
}
