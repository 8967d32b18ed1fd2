import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { textOffsets } from "../text";
import { checkSpans, parseBrat } from "./brat";

// A corpus in PolNeAR's layout (TEXTS/NAME.txt, attributions/NAME[_annotator].ann), when one is beside
// the repository (BRAT_CORPUS, or ../shared/corpora/polnear/dev): every file read, every span checked
// against its text. Its texts are never copied here; without it, this is skipped.
const CORPUS = resolve(process.env.BRAT_CORPUS ?? join(__dirname, "../../../../shared/corpora/polnear/dev"));
const present = existsSync(join(CORPUS, "attributions"));

describe.skipIf(!present)("brat standoff on a real corpus", () => {
  it("reads every file with no problem, and finds every span where its file says", () => {
    const texts = readdirSync(join(CORPUS, "text"));
    let spans = 0;
    let events = 0;
    const problems: string[] = [];
    const started = performance.now();
    for (const name of readdirSync(join(CORPUS, "attributions")).filter((n) => n.endsWith(".ann"))) {
      // NAME.ann or NAME_<annotator>.ann: the longest text name it starts with.
      const textName = texts
        .filter((t) => name.startsWith(t.replace(/\.txt$/, "")))
        .sort((a, b) => b.length - a.length)[0];
      if (!textName) {
        problems.push(`${name}: no text`);
        continue;
      }
      const text = readFileSync(join(CORPUS, "text", textName), "utf8");
      const doc = parseBrat(readFileSync(join(CORPUS, "attributions", name), "utf8"));
      spans += doc.spans.length;
      events += doc.events.length;
      for (const p of [...doc.problems, ...checkSpans(doc, text, textOffsets(text))])
        problems.push(`${name}:${p.line}: ${p.message}`);
    }
    console.log(
      `brat corpus ${CORPUS}: ${spans} spans, ${events} events, ${problems.length} problems, read and checked in ${Math.round(performance.now() - started)} ms`,
    );
    expect(problems).toEqual([]);
    expect(spans).toBeGreaterThan(0);
  });
});
