import { describe, expect, it } from "vitest";
import { type Suggestion, suggestAttributions } from "./engine";

/** The suggestions of `text` as words: content fragments, cue, source, kind. */
function suggested(text: string) {
  const words = (r: { start: number; end: number } | undefined) =>
    r ? text.slice(r.start, r.end) : undefined;
  return suggestAttributions(text).map((s: Suggestion) => ({
    content: s.fragments.map(words),
    cue: words(s.cue),
    source: words(s.source),
    kind: s.kind,
  }));
}

describe("suggestAttributions", () => {
  it("finds a quotation with the attribution after it", () => {
    expect(suggested("“We will rebuild the harbour this year,” said Mayor Ana Ruiz.")).toEqual([
      {
        content: ["“We will rebuild the harbour this year,”"],
        cue: "said",
        source: "Mayor Ana Ruiz",
        kind: "direct",
      },
    ]);
  });

  it("joins a quotation split by its attribution into one suggestion in two fragments", () => {
    expect(suggested("“We will win the vote,” she said, “and we will win it soon.”")).toEqual([
      {
        content: ["“We will win the vote,”", "“and we will win it soon.”"],
        cue: "said",
        source: "she",
        kind: "direct",
      },
    ]);
  });

  it("joins the quotations that follow with only the attribution between them, and a paragraph of quotation after", () => {
    const text =
      "“It was a long night for all of us,” Barkley said. “We will do better next time.”\n\n“And we will win the next one.”\n\nThe mayor disagreed.";
    expect(suggested(text)).toEqual([
      {
        content: [
          "“It was a long night for all of us,”",
          "“We will do better next time.”",
          "“And we will win the next one.”",
        ],
        cue: "said",
        source: "Barkley",
        kind: "direct",
      },
    ]);
  });

  it("takes the cue and source that introduce a quotation from before it, past an apposition", () => {
    const text =
      "Ana Ruiz, the mayor of the town, told reporters on Monday:\n\n“The harbour will open again in the spring.”";
    expect(suggested(text)).toMatchObject([
      { content: ["“The harbour will open again in the spring.”"], cue: "told", source: "Ana Ruiz" },
    ]);
  });

  it("takes a quotation over several paragraphs, each reopening the mark, as one", () => {
    const text = "Okafor said: “The first part is long enough.\n\n“And the second part ends it.”";
    expect(suggested(text)).toMatchObject([
      { content: ["“The first part is long enough.\n\n“And the second part ends it.”"], kind: "direct" },
    ]);
  });

  it("ends an unclosed quotation with its paragraph, and follows no single marks inside", () => {
    expect(suggested("He said “the ‘new’ plan is here to stay\nNext paragraph.")).toMatchObject([
      { content: ["“the ‘new’ plan is here to stay"], cue: "said", source: "He" },
    ]);
  });

  it("finds reported speech with its cue and source, and “according to”", () => {
    expect(suggested("Officials said that the bridge would reopen in the spring.")).toEqual([
      {
        content: ["that the bridge would reopen in the spring"],
        cue: "said",
        source: "Officials",
        kind: "indirect",
      },
    ]);
    expect(suggested("According to the report, the town lost half its jobs.")).toEqual([
      {
        content: ["the town lost half its jobs"],
        cue: "According to",
        source: "the report",
        kind: "indirect",
      },
    ]);
    expect(suggested("Cook said Carter stopped the practice in the spring.")).toMatchObject([
      { content: ["Carter stopped the practice in the spring"], cue: "said", source: "Cook" },
    ]);
    expect(
      suggested("Restrepo, a senior fellow at the center, said the visit was a good sign."),
    ).toMatchObject([{ content: ["the visit was a good sign"], cue: "said", source: "Restrepo" }]);
    expect(
      suggested("The harbour plan is dead for now, said Ana Ruiz, a spokeswoman for the council."),
    ).toMatchObject([{ content: ["The harbour plan is dead for now"], cue: "said", source: "Ana Ruiz" }]);
    expect(suggested("The town lost half its jobs, the mayor said.")).toEqual([
      { content: ["The town lost half its jobs"], cue: "said", source: "the mayor", kind: "indirect" },
    ]);
  });

  it("leaves a short quoted phrase to the reported speech around it, as mixed", () => {
    expect(suggested("The senator said the deal was a “partner” for the region.")).toEqual([
      {
        content: ["the deal was a “partner” for the region"],
        cue: "said",
        source: "The senator",
        kind: "mixed",
      },
    ]);
  });

  it("suggests one attribution at each place: of overlapping ones, the surest", () => {
    const text = "Okafor said the mayor believes that the port would close in May.";
    const found = suggestAttributions(text);
    expect(found).toHaveLength(1);
    expect(suggested(text)).toMatchObject([{ cue: "said", source: "Okafor" }]);
  });
});
