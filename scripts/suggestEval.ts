import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseBrat } from "../src/model/format/brat";
import { suggestAttributions } from "../src/model/suggest/engine";
import {
  type ArticleScore,
  type Attribution,
  addCounts,
  f1,
  scoreArticle,
} from "../src/model/suggest/evaluate";
import { textOffsets } from "../src/model/text";

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
    const predicted: Attribution[] = suggestions.map((s) => ({
      content: s.fragments,
      cue: s.cue ? [s.cue] : undefined,
      source: s.source ? [s.source] : undefined,
    }));
    scores.push(scoreArticle(text, predicted, gold));
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
}
