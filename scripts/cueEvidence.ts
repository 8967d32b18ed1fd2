import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findAttribution } from "../src/model/findAttribution";
import { parseBrat } from "../src/model/format/brat";
import { type CodePointSpan, codePoint, textOffsets } from "../src/model/text";

/**
 * How often the speaker picker's evidence (model/findAttribution.ts: the cue and source touching a
 * quote) is there, and how often it names the words the corpus's annotators marked as the source and
 * the cue. Every attribution event of every `.ann` file in CORPUS_DIR/attributions, its text in
 * CORPUS_DIR/text (`NAME_<annotator>.ann` beside `NAME.txt`). Prints counts; the corpus stays outside
 * the repository.
 */
export function cueEvidence(corpus: string): void {
  let attributions = 0;
  let found = 0;
  let sourceAgrees = 0;
  let cueAgrees = 0;
  const overlaps = (a: CodePointSpan, b: CodePointSpan) => a.start < b.end && b.start < a.end;
  for (const file of readdirSync(join(corpus, "attributions"))
    .filter((n) => n.endsWith(".ann"))
    .sort()) {
    const name = file.replace(/(_[^_]+)?\.ann$/, "");
    const text = readFileSync(join(corpus, "text", `${name}.txt`), "utf8");
    const offsets = textOffsets(text);
    const doc = parseBrat(readFileSync(join(corpus, "attributions", file), "utf8"));
    const spans = new Map(doc.spans.map((s) => [s.id, s]));
    for (const event of doc.events) {
      const role = (r: string) => spans.get(event.args.find((a) => a.role === r)?.ref ?? "");
      const fragments = event.args
        .filter((a) => a.role.startsWith("Content"))
        .flatMap((a) => spans.get(a.ref)?.fragments ?? []);
      if (fragments.length === 0) continue;
      attributions++;
      const content = {
        start: codePoint(Math.min(...fragments.map((f) => f.start))),
        end: codePoint(Math.max(...fragments.map((f) => f.end))),
      };
      const evidence = findAttribution(text, offsets.toUtf16Range(content));
      if (!evidence) continue;
      found++;
      const source = offsets.toCodePointSpan(evidence.source);
      const cue = offsets.toCodePointSpan(evidence.cue);
      if (role("Source")?.fragments.some((f) => overlaps(f, source))) sourceAgrees++;
      if (role("Cue")?.fragments.some((f) => overlaps(f, cue))) cueAgrees++;
    }
  }
  const share = (n: number, of: number) => `${n} (${of ? Math.round((100 * n) / of) : 0}%)`;
  console.log(`${corpus}: ${attributions} attributions with content`);
  console.log(`a cue and source found touching the content: ${share(found, attributions)}`);
  console.log(`of those, the source overlaps the annotators' source: ${share(sourceAgrees, found)}`);
  console.log(`of those, the cue overlaps the annotators' cue: ${share(cueAgrees, found)}`);
}
