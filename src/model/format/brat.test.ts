import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointSpan, textOffsets } from "../text";
import { type BratDocument, checkSpans, coveredText, parseBrat, serializeBrat } from "./brat";

// A text written for these tests, in the layout quote corpora use: a quote interrupted by its
// attribution, reported speech, and a name outside the Basic Multilingual Plane.
const TEXT = [
  "“We will win,” the 𝒮enator said, “and soon.”",
  "Aides told reporters that the vote was close.",
].join("\n");
const offsets = textOffsets(TEXT);
const at = (phrase: string) => {
  const start = Array.from(TEXT.slice(0, TEXT.indexOf(phrase))).length;
  return codePointSpan(start, start + Array.from(phrase).length);
};

const ANN = [
  `T1\tSource ${at("the 𝒮enator").start} ${at("the 𝒮enator").end}\tthe 𝒮enator`,
  `T2\tCue ${at("said").start} ${at("said").end}\tsaid`,
  `T3\tContent ${at("We will win,").start} ${at("We will win,").end};${at("and soon.").start} ${at("and soon.").end}\tWe will win, and soon.`,
  `T4\tAttribution ${at("said").start} ${at("said").end}\tsaid`,
  "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
  `T5\tCue ${at("told reporters").start} ${at("told reporters").end}\ttold reporters`,
  `T6\tContent ${at("the vote was close").start} ${at("the vote was close").end}\tthe vote was close`,
  `T7\tAttribution-no-source ${at("told").start} ${at("told").end}\ttold`,
  "E2\tAttribution-no-source:T7 Cue:T5 Content:T6",
  "#1\tAnnotatorNotes T3\tinterrupted by its cue",
  "R1\tCoreference Arg1:T1 Arg2:T5",
  "A1\tNegated E2",
].join("\n");

describe("brat standoff", () => {
  it("reads spans in fragments, events with their roles, notes, and the lines it does not use", () => {
    const doc = parseBrat(ANN);
    expect(doc.problems).toEqual([]);
    expect(doc.spans.map((s) => [s.id, s.type, s.fragments.length])).toEqual([
      ["T1", "Source", 1],
      ["T2", "Cue", 1],
      ["T3", "Content", 2],
      ["T4", "Attribution", 1],
      ["T5", "Cue", 1],
      ["T6", "Content", 1],
      ["T7", "Attribution-no-source", 1],
    ]);
    expect(doc.events[0]).toMatchObject({
      id: "E1",
      type: "Attribution",
      trigger: "T4",
      args: [
        { role: "Content", ref: "T3" },
        { role: "Cue", ref: "T2" },
        { role: "Source", ref: "T1" },
      ],
    });
    expect(doc.notes).toEqual([{ id: "#1", target: "T3", text: "interrupted by its cue", line: 10 }]);
    expect(doc.others.map((o) => [o.kind, o.type, o.args])).toEqual([
      ["R", "Coreference", ["Arg1:T1", "Arg2:T5"]],
      ["A", "Negated", ["E2"]],
    ]);
    // Offsets are code points: the covered text outside the BMP is where the file says.
    expect(checkSpans(doc, TEXT, offsets)).toEqual([]);
    expect(coveredText(TEXT, offsets, doc.spans[0]?.fragments ?? [])).toBe("the 𝒮enator");
  });

  it("names the line of what it cannot read and of references to nothing", () => {
    const doc = parseBrat(
      [
        "T1\tCue 5\tsaid",
        "T2\tCue 9 4\tx",
        "E1\tAttribution:T9 Cue:T2",
        "#1\tAnnotatorNotes T8\tx",
        "Q1\todd",
      ].join("\r\n"),
    );
    // Line 3 twice: T9 does not exist, and T2 could not be read.
    expect(doc.problems.map((p) => p.line).sort()).toEqual([1, 2, 3, 3, 4, 5]);
    expect(doc.problems.find((p) => p.line === 3)?.message).toContain("T9");
  });

  it("reads a covered text that goes on over the next lines of the file", () => {
    const text = "Title\n\n“One,” she said.\nTwo lines.";
    const o = textOffsets(text);
    const start = text.indexOf("One");
    const end = text.indexOf(" lines");
    const said = text.indexOf("said");
    const doc = parseBrat(
      `T1\tContent ${start} ${end}\tOne,” she said.\nTwo\nT2\tCue ${said} ${said + 4}\tsaid\n`,
    );
    expect(doc.problems).toEqual([]);
    expect(doc.spans.map((s) => s.text)).toEqual(["One,” she said.\nTwo", "said"]);
    expect(checkSpans(doc, text, o)).toEqual([]);
  });

  it("says where a file does not fit the text, and what the text holds there", () => {
    const shifted = ANN.replace(
      /^T2\tCue (\d+) (\d+)/m,
      (_, s, e) => `T2\tCue ${Number(s) + 2} ${Number(e) + 2}`,
    );
    const problems = checkSpans(parseBrat(shifted), TEXT, offsets);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(2);
    expect(problems[0]?.message).toContain("says “said”");
    const beyond = checkSpans(parseBrat(`T1\tCue 10 ${offsets.length + 1}\tx`), TEXT, offsets);
    expect(beyond[0]?.message).toContain("after the end of the text");
  });

  it("writes what it reads, line for line, and reads back what it writes", () => {
    const doc = parseBrat(ANN);
    const written = serializeBrat(doc, TEXT, offsets);
    const used = ANN.split("\n").filter((l) => !/^[RA]/.test(l));
    // Spans first, then events, then notes: the same lines, grouped by kind.
    expect(written.trimEnd().split("\n").sort()).toEqual(used.sort());
    const again = parseBrat(written);
    const strip = (d: BratDocument) => ({
      spans: d.spans.map(({ line: _, ...s }) => s),
      events: d.events.map(({ line: _, ...e }) => e),
      notes: d.notes.map(({ line: _, ...n }) => n),
    });
    expect(strip(again)).toEqual(strip({ ...doc, others: [] }));
  });

  it("writes attributes after the events, with a value or without", () => {
    const doc = parseBrat(ANN);
    const written = serializeBrat(
      {
        ...doc,
        attributes: [
          { id: "A1", type: "Kind", target: "E1", value: "direct" },
          { id: "A2", type: "Negated", target: "E2" },
        ],
      },
      TEXT,
      offsets,
    );
    const lines = written.trimEnd().split("\n");
    expect(lines.slice(-3)).toEqual([
      "A1\tKind E1 direct",
      "A2\tNegated E2",
      "#1\tAnnotatorNotes T3\tinterrupted by its cue",
    ]);
    expect(parseBrat(written).others.map((o) => [o.id, o.type, o.args])).toEqual([
      ["A1", "Kind", ["E1", "direct"]],
      ["A2", "Negated", ["E2"]],
    ]);
  });

  it("reads back any spans it wrote over any text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 6 }),
        (text, picks) => {
          const o = textOffsets(text);
          const spans = picks.map(([a, b, c, d], i) => {
            const cut = [a, b, c, d].map((n) => n % (o.length + 1)).sort((x, y) => x - y) as number[];
            return {
              id: `T${i + 1}`,
              type: i % 2 ? "Cue" : "Content",
              fragments: [
                codePointSpan(cut[0] as number, cut[1] as number),
                codePointSpan(cut[2] as number, cut[3] as number),
              ],
              text: "",
              line: 0,
            };
          });
          const doc = parseBrat(serializeBrat({ spans, events: [], notes: [] }, text, o));
          expect(doc.problems).toEqual([]);
          expect(doc.spans.map((s) => s.fragments)).toEqual(spans.map((s) => s.fragments));
          expect(checkSpans(doc, text, o)).toEqual([]);
        },
      ),
      { seed: 20261202, numRuns: 200 },
    );
  });
});
