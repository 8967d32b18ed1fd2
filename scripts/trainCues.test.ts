import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cueFeatures, quotedMask } from "../src/model/suggest/cueFeatures";
import type { CueModel } from "../src/model/suggest/cueModel";
import { tokensOf } from "../src/model/suggest/tokens";
import { utf16 } from "../src/model/text";
import { trainCues } from "./trainCues";

// A small corpus in PolNeAR's layout, written for this test: "said" after a name opens a cue, "said"
// as in "the said plan" does not; "has" before "said" is an auxiliary, never the cue's word.
const sentences = [
  ["Okafor said the port would close.", "said"],
  ["The said plan was dropped by the council.", null],
  ["Ortiz has said the tax would rise.", "has said"],
  ["The said tax was dropped in the spring.", null],
  ["Lena said the bridge would reopen.", "said"],
  ["Officials said the dock was safe.", "said"],
  ["The said bridge is old and slow.", null],
  ["The union has said the strike would end.", "has said"],
  ["Ruiz has said the harbour would open.", "has said"],
] as const;

const dir = mkdtempSync(join(tmpdir(), "train-cues-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeCorpus(): void {
  mkdirSync(join(dir, "text"));
  mkdirSync(join(dir, "attributions"));
  sentences.forEach(([sentence, cue], i) => {
    writeFileSync(join(dir, "text", `a${i}.txt`), sentence);
    const at = cue ? sentence.indexOf(cue) : -1;
    writeFileSync(
      join(dir, "attributions", `a${i}.ann`),
      cue ? `T1\tCue ${at} ${at + cue.length}\t${cue}\n` : "",
    );
  });
}

describe("trainCues", () => {
  it("learns from annotated cues which words open one, skipping auxiliaries, and scores them so", () => {
    writeCorpus();
    const out = join(dir, "model.json");
    trainCues(dir, out);
    const model = JSON.parse(readFileSync(out, "utf8")) as CueModel;
    expect(model.vocabulary).toEqual(["said"]);
    const weights = new Map(Object.entries(model.weights));
    const score = (sentence: string, word: string) => {
      const tokens = tokensOf(sentence, { start: utf16(0), end: utf16(sentence.length) });
      const i = tokens.findIndex((t) => t.text === word);
      return cueFeatures(tokens, i, quotedMask(tokens)).reduce((sum, f) => sum + (weights.get(f) ?? 0), 0);
    };
    expect(score("Okafor said the port would close.", "said")).toBeGreaterThan(0);
    expect(score("The said plan was dropped by the council.", "said")).toBeLessThan(0);
    expect(model.origin).toContain("9 annotation files");
  });
});
