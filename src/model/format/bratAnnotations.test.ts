import { describe, expect, it } from "vitest";
import { sha256Hex } from "../articleFile";
import { spanLine, TEXT } from "../testing/bratFixture";
import { annotationsFromBrat, bratAnnotationId } from "./bratAnnotations";

const ANN = [
  spanLine("T1", "Source", ["the mayor"]),
  spanLine("T2", "Cue", ["said"]),
  spanLine("T3", "Content", ["We will build it,", "and soon."]),
  spanLine("T4", "Attribution", ["said"]),
  "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
  spanLine("T5", "Cue", ["told reporters"]),
  spanLine("T6", "Content", ["the vote was close"]),
  spanLine("T7", "Attribution-no-source", ["told reporters"]),
  "E2\tAttribution-no-source:T7 Content:T6 Cue:T5",
  spanLine("T8", "Statistic", ["Ridership rose 12 percent"]),
  spanLine("T9", "speaker", ["𝒜na Ruiz"]),
  spanLine("T10", "Discuss", ["Council votes"]),
  spanLine("T11", "Cue", ["spoke"]),
  spanLine("T12", "Rumour", ["Aides"]),
  "E3\tRumour:T12",
  "#1\tAnnotatorNotes T3\tinterrupted by its cue",
  "#2\tAnnotatorNotes E2\tcheck the source",
  "#3\tAnnotatorNotes T10\ta discussion",
  "R1\tCoreference Arg1:T1 Arg2:T9",
  "A1\tKind E2 mixed",
  "A2\tNegated E1",
].join("\n");

const SHA = sha256Hex(TEXT);
const input = (ann: string, annName = "council_ab12.ann") => ({
  text: TEXT,
  textSha256: SHA,
  annName,
  ann,
  modifiedAt: "2026-11-30T09:00:00.000Z",
});
const codePoints = (phrase: string) => {
  const start = Array.from(TEXT.slice(0, TEXT.indexOf(phrase))).length;
  return { start, end: start + Array.from(phrase).length, exact: phrase };
};

describe("brat annotations of one file", () => {
  it("makes each attribution event one annotation, and each tagged span no event uses another", () => {
    const result = annotationsFromBrat(input(ANN));
    if (!result.ok) throw new Error(result.problems.join("\n"));
    const shape = result.annotations.map(
      ({ prefix: _p, suffix: _s, createdAt: _c, updatedAt: _u, ...a }) => a,
    );
    expect(shape).toEqual([
      {
        id: bratAnnotationId(SHA, "council_ab12.ann", "E1"),
        tag: "quote",
        ...codePoints("We will build it,"),
        moreFragments: [codePoints("and soon.")],
        cue: codePoints("said"),
        source: codePoints("the mayor"),
        kind: "direct",
        speakerId: null,
        note: "interrupted by its cue",
      },
      {
        id: bratAnnotationId(SHA, "council_ab12.ann", "E2"),
        tag: "quote",
        ...codePoints("the vote was close"),
        cue: codePoints("told reporters"),
        // From the file's Kind attribute; the quotation marks alone would say indirect.
        kind: "mixed",
        speakerId: null,
        note: "check the source",
      },
      {
        id: bratAnnotationId(SHA, "council_ab12.ann", "T8"),
        tag: "statistic",
        ...codePoints("Ridership rose 12 percent"),
        kind: "indirect",
        speakerId: null,
        note: "",
      },
      {
        id: bratAnnotationId(SHA, "council_ab12.ann", "T9"),
        tag: "speaker",
        ...codePoints("𝒜na Ruiz"),
        speakerId: null,
        note: "",
      },
    ]);
    expect(result.annotations[0]).toMatchObject({
      prefix: "Council votes on transit plan\n“",
      createdAt: "2026-11-30T09:00:00.000Z",
      updatedAt: "2026-11-30T09:00:00.000Z",
    });
    expect(result.unused).toEqual({
      "Discuss span": 1,
      "Cue span of no attribution": 1,
      "Rumour event": 1,
      "Coreference relation": 1,
      "Negated attribute": 1,
      "note on something not imported": 1,
    });
    expect(result.notices).toEqual([
      `council_ab12.ann line 13: T11 is a Cue of no attribution: not imported`,
    ]);
  });

  it("takes every Content argument's fragments, joined where they touch, and a claim by its content's type", () => {
    const ann = [
      spanLine("T1", "Claim", ["We will build it,"]),
      spanLine("T2", "Content", ["and soon."]),
      spanLine("T3", "Content", ["build it,” the mayor"]),
      spanLine("T4", "Attribution-no-source", ["We"]),
      "E1\tAttribution-no-source:T4 Content:T1 Content2:T2 Content3:T3",
    ].join("\n");
    const result = annotationsFromBrat(input(ann));
    if (!result.ok) throw new Error(result.problems.join("\n"));
    expect(result.annotations).toHaveLength(1);
    expect(result.annotations[0]).toMatchObject({
      tag: "claim",
      ...codePoints("We will build it,” the mayor"),
      moreFragments: [codePoints("and soon.")],
    });
    expect(result.annotations[0]?.cue).toBeUndefined();
    expect(result.unused).toEqual({});
  });

  it("keeps a cue in fragments as one stretch and says so; reports an event with no content", () => {
    const ann = [
      spanLine("T1", "Cue", ["the", "said"]),
      spanLine("T2", "Content", ["the vote was close"]),
      spanLine("T3", "Attribution-no-source", ["said"]),
      "E1\tAttribution-no-source:T3 Content:T2 Cue:T1",
      spanLine("T4", "Attribution-no-source", ["Aides told"]),
      "E2\tAttribution-no-source:T4",
    ].join("\n");
    const result = annotationsFromBrat(input(ann, "n.ann"));
    if (!result.ok) throw new Error(result.problems.join("\n"));
    expect(result.annotations.map((a) => a.cue?.exact)).toEqual(["the mayor said"]);
    expect(result.notices).toEqual([
      "n.ann line 1: T1 (Cue) is in 2 fragments: imported as one stretch",
      "n.ann line 6: E2 has no Content, so it is not imported (its trigger: “Aides told”)",
    ]);
    expect(result.unused).toEqual({ "Attribution-no-source event with no Content": 1 });
  });

  it("refuses a file whose offsets do not fit the text, naming the line and what the text holds", () => {
    const shifted = ANN.replace(
      /^T2\tCue (\d+) (\d+)/m,
      (_, s, e) => `T2\tCue ${Number(s) + 3} ${Number(e) + 3}`,
    );
    expect(annotationsFromBrat(input(shifted, "council.ann"))).toEqual({
      ok: false,
      problems: ["council.ann line 2: T2 says “said” but the text there is “d, “”"],
    });
    expect(annotationsFromBrat(input("T1\tCue 3\tx\nE1\tAttribution:T9", "c.ann"))).toEqual({
      ok: false,
      problems: [
        "c.ann line 1: a span needs a type and START END offsets: T1\tCue 3\tx",
        "c.ann line 2: E1 refers to T9, which the file does not have",
      ],
    });
  });

  it("gives the same ids to the same file and span, and other ids to another file or text", () => {
    const once = annotationsFromBrat(input(ANN));
    const again = annotationsFromBrat(input(ANN));
    const ids = (r: typeof once) => (r.ok ? r.annotations.map((a) => a.id) : []);
    expect(ids(again)).toEqual(ids(once));
    expect(ids(annotationsFromBrat(input(ANN, "council_cd34.ann")))).not.toContain(ids(once)[0]);
    expect(bratAnnotationId("other text", "council_ab12.ann", "E1")).not.toBe(
      bratAnnotationId(SHA, "council_ab12.ann", "E1"),
    );
    expect(ids(once)[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
