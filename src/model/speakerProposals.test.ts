import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeLineEndings } from "./articleFile";
import { antecedentOf, proposeSpeakers } from "./speakerProposals";
import { utf16, utf16Range } from "./text";
import type { Speaker } from "./types";

const text = normalizeLineEndings(
  readFileSync(new URL("../../articles/000_cccd83b6053d3462.txt", import.meta.url), "utf8"),
);
const harris: Speaker = { id: "kh", name: "Kamala Harris", aliases: ["Vice President Kamala Harris"] };
const giammattei: Speaker = { id: "ag", name: "Alejandro Giammattei", aliases: [] };
const brown: Speaker = { id: "tb", name: "Theresa Brown", aliases: [] };
const restrepo: Speaker = { id: "dr", name: "Dan Restrepo", aliases: [] };
const speakers = [harris, giammattei, brown, restrepo];

function rangeOf(phrase: string) {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`not in the article: ${phrase}`);
  return utf16Range(start, start + phrase.length);
}

function ranking(phrase: string, tagged = []) {
  return proposeSpeakers(text, rangeOf(phrase), tagged, speakers).map((p) => p.speakerId);
}

describe("attribution proposal on the seed articles", () => {
  it("proposes Kamala Harris for her quote followed by “Harris said”", () => {
    expect(ranking("We want to work with you to address both the acute causes")[0]).toBe("kh");
  });

  it("proposes Giammattei for the quote after “Giammattei said”, not Harris named in the same paragraph", () => {
    expect(ranking("to ensure peace, progress and development")[0]).toBe("ag");
  });

  it("proposes Giammattei for “partner”, the subject of “told”, not Harris who was told", () => {
    expect(ranking("partner")[0]).toBe("ag");
  });

  it("proposes Theresa Brown for a quote attributed with “said Theresa Brown”", () => {
    expect(ranking("We haven’t seen any concrete initiatives or efforts yet")[0]).toBe("tb");
  });

  it("proposes the speaker named in the paragraph before a quote ending in “he said”", () => {
    expect(ranking("The deliberate engagement and lifting up of civil society")[0]).toBe("dr");
  });

  it("prefers a speaker span the user linked over nothing, and proposes nobody without candidates", () => {
    expect(proposeSpeakers(text, rangeOf("partner"), [], [])).toEqual([]);
    const mention = { ...rangeOf("Secretary of State Antony Blinken"), speakerId: "ab" };
    const blinken: Speaker = { id: "ab", name: "Antony Blinken", aliases: [] };
    const proposals = proposeSpeakers(text, rangeOf("these sanctions support efforts"), [mention], [blinken]);
    expect(proposals[0]?.speakerId).toBe("ab");
  });
});

describe("attribution proposal on an article of one long line", () => {
  it("looks for the speaker near the quote only, not through the whole line", () => {
    const filler = "Words that name nobody at all. ".repeat(200);
    const line = `Maria Lopez said the plan would work. ${filler}“We will see,” said Theresa Brown. ${filler}`;
    const speakers: Speaker[] = [
      { id: "ml", name: "Maria Lopez", aliases: [] },
      { id: "tb", name: "Theresa Brown", aliases: [] },
    ];
    const at = line.indexOf("We will see");
    const proposals = proposeSpeakers(line, utf16Range(at, at + 11), [], speakers);
    expect(proposals.map((p) => p.speakerId)).toEqual(["tb"]);
  });
});

describe("antecedentOf", () => {
  const mentions = [
    { start: utf16(10), end: utf16(20), speakerId: "dr" },
    { start: utf16(30), end: utf16(40), speakerId: "tb" },
    { start: utf16(90), end: utf16(99), speakerId: "kh" },
  ];
  const none = () => new Set<string>();

  it("takes the speaker last named before the quote", () => {
    expect(antecedentOf("he", mentions, 50, none)?.speakerId).toBe("tb");
    expect(antecedentOf("She", mentions, 50, none)?.speakerId).toBe("tb");
  });

  it("skips a speaker the article already calls by the other pronoun", () => {
    const known = (id: string) => new Set(id === "tb" ? ["she"] : []);
    expect(antecedentOf("he", mentions, 50, known)?.speakerId).toBe("dr");
    expect(antecedentOf("she", mentions, 50, known)?.speakerId).toBe("tb");
  });

  it("proposes nobody for “they”, or when no one is named before", () => {
    expect(antecedentOf("they", mentions, 50, none)).toBeNull();
    expect(antecedentOf("he", mentions, 5, none)).toBeNull();
  });
});
