import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { agreementOfFolder } from "./agreementCli";

// A corpus in PolNeAR's layout, written for this test: one text annotated by two people who agree,
// one by two who differ on the cue, and one by a single annotator (left out).
const TEXT = "Ruiz said the port would close.";
const full =
  "T1\tSource 0 4\tRuiz\nT2\tCue 5 9\tsaid\nT3\tContent 10 30\tthe port would close\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n";
const noCue =
  "T1\tSource 0 4\tRuiz\nT3\tContent 10 30\tthe port would close\nE1\tAttribution:T3 Content:T3 Source:T1\n";

const dir = mkdtempSync(join(tmpdir(), "agreement-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run agreement", () => {
  it("prints each article with two or more annotators and, last, the figures as JSON", () => {
    mkdirSync(join(dir, "text"));
    mkdirSync(join(dir, "attributions"));
    for (const name of ["same", "differ", "alone"]) writeFileSync(join(dir, "text", `${name}.txt`), TEXT);
    writeFileSync(join(dir, "attributions", "same_ana.ann"), full);
    writeFileSync(join(dir, "attributions", "same_tom.ann"), full);
    writeFileSync(join(dir, "attributions", "differ_ana.ann"), full);
    writeFileSync(join(dir, "attributions", "differ_tom.ann"), noCue);
    writeFileSync(join(dir, "attributions", "alone_ana.ann"), full);
    const lines: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((line: string) => lines.push(line));
    const progress = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    agreementOfFolder(dir);
    log.mockRestore();
    progress.mockRestore();
    const result = JSON.parse(lines[lines.length - 1] ?? "");
    expect(result.articles.map((a: { name: string }) => a.name)).toEqual(["differ", "same"]);
    const same = result.articles[1];
    expect(same).toEqual({ name: "same", annotators: ["ana", "tom"], alpha: 1, pairwiseF1: 1 });
    const differ = result.articles[0];
    expect(differ.alpha).toBeLessThan(1);
    expect(differ.pairwiseF1).toBe(1);
    expect(result.overall.alpha).toBeGreaterThan(differ.alpha);
    expect(result.overall.alpha).toBeLessThan(1);
  });
});
