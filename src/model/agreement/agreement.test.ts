import { describe, expect, it } from "vitest";
import { codePoint } from "../text";
import {
  type AgreementAnnotation,
  articleAgreement,
  disagreementsOf,
  pooledAgreement,
  ROLES,
  rolesOf,
} from "./agreement";
import { alpha } from "./alpha";

const TEXT = "Ruiz said the port would close. It did.";
const at = (words: string) => {
  const start = TEXT.indexOf(words);
  return { start: codePoint(start), end: codePoint(start + words.length) };
};
const quote = (content: string, cue?: string, source?: string): AgreementAnnotation => ({
  tag: "quote",
  ...at(content),
  ...(cue ? { cue: { ...at(cue), exact: cue } } : {}),
  ...(source ? { source: { ...at(source), exact: source } } : {}),
});
const full = quote("the port would close", "said", "Ruiz");

describe("rolesOf", () => {
  it("gives each code point the first role of source, cue, speaker, contents, none where spans overlap", () => {
    const roles = rolesOf(TEXT.length, [
      { tag: "claim", ...at("Ruiz said the port") },
      { tag: "speaker", ...at("Ruiz") },
      quote("the port would close", "said", "Ruiz"),
    ]);
    const name = (i: number) => ROLES[roles[i] as number];
    expect(name(0)).toBe("source");
    expect(name(TEXT.indexOf("said"))).toBe("cue");
    expect(name(TEXT.indexOf("port"))).toBe("content:quote");
    expect(name(TEXT.indexOf("It"))).toBe("none");
  });
});

describe("articleAgreement", () => {
  it("is α = 1 and F1 = 1 when the annotators agree", () => {
    const result = articleAgreement(TEXT, [
      { annotator: "ana", annotations: [full] },
      { annotator: "tom", annotations: [full] },
    ]);
    expect(result.alpha).toBe(1);
    expect(result.pairwiseF1).toBe(1);
    expect(result.pairs).toEqual([
      { a: "ana", b: "tom", alpha: 1, f1: 1, matched: 1, sourceAgreement: 1, cueAgreement: 1 },
    ]);
  });

  it("counts the non-whitespace code points as units, as α worked by hand on them gives", () => {
    const missingCue = quote("the port would close", undefined, "Ruiz");
    const result = articleAgreement(TEXT, [
      { annotator: "ana", annotations: [full] },
      { annotator: "tom", annotations: [missingCue] },
    ]);
    // The same units by hand: "said" is cue for one and none for the other; the rest agree.
    const units = Array.from(TEXT).flatMap((c, i) => {
      if (/\s/u.test(c)) return [];
      const inSaid = i >= TEXT.indexOf("said") && i < TEXT.indexOf("said") + 4;
      const one =
        i < 4
          ? "source"
          : inSaid
            ? "cue"
            : i >= at("the port would close").start && i < at("the port would close").end
              ? "content:quote"
              : "none";
      return [[one, inSaid ? "none" : one]];
    });
    expect(result.alpha).toBeCloseTo(alpha(units) ?? Number.NaN, 12);
    expect(result.alpha).toBeLessThan(1);
    expect(result.pairs[0]).toMatchObject({ f1: 1, cueAgreement: 0, sourceAgreement: 1 });
  });

  it("scores an annotator with no annotations: α from the units, F1 0 against the other", () => {
    const result = articleAgreement(TEXT, [
      { annotator: "ana", annotations: [full] },
      { annotator: "tom", annotations: [] },
    ]);
    expect(result.alpha).not.toBeNull();
    expect(result.alpha).toBeLessThan(0.5);
    expect(result.pairs[0]?.f1).toBe(0);
    // Both empty: nothing to match, no F1; every unit "none", so α is not defined.
    const none = articleAgreement(TEXT, [
      { annotator: "ana", annotations: [] },
      { annotator: "tom", annotations: [] },
    ]);
    expect(none).toMatchObject({ alpha: null, pairwiseF1: null });
  });

  it("pools articles: α over all their units, each pair's F1 over all their attributions", () => {
    const one = articleAgreement(TEXT, [
      { annotator: "ana", annotations: [full] },
      { annotator: "tom", annotations: [full] },
    ]);
    const two = articleAgreement(TEXT, [
      { annotator: "tom", annotations: [] },
      { annotator: "ana", annotations: [full] },
    ]);
    const pooled = pooledAgreement([one, two]);
    expect(pooled.annotators).toEqual(["ana", "tom"]);
    expect(pooled.pairs).toHaveLength(1);
    // One matched of one and two attributions: F1 = 2·1 / (2 + 1).
    expect(pooled.pairs[0]?.f1).toBeCloseTo(2 / 3, 12);
  });
});

describe("disagreementsOf", () => {
  it("lists the stretches where roles differ, with each annotator's role", () => {
    const found = disagreementsOf(TEXT, [
      { annotator: "ana", annotations: [full] },
      { annotator: "tom", annotations: [quote("the port would close. It did", "said", "Ruiz")] },
    ]);
    expect(found.map((d) => ({ words: TEXT.slice(d.start, d.end), roles: d.roles }))).toEqual([
      { words: ". It did", roles: ["none", "content:quote"] },
    ]);
  });
});
