import { describe, expect, it } from "vitest";
import { codePoint, textOffsets } from "../text";
import type { Annotation } from "../types";
import { suggestAttributions } from "./engine";
import { annotationOfProposal, awaitingReview, proposalsOf } from "./proposals";

const text =
  "“We will rebuild the harbour this year,” said Ana Ruiz. Officials said the plan would cost more than expected.";
const offsets = textOffsets(text);
const proposals = proposalsOf(text, offsets, suggestAttributions(text));

describe("proposals", () => {
  it("name each suggestion by its content's code points, with the words of every part", () => {
    expect(proposals.map((p) => [p.key, p.fragments[0]?.exact, p.source?.exact])).toEqual([
      ["0-40", "“We will rebuild the harbour this year,”", "Ana Ruiz"],
      ["71-109", "the plan would cost more than expected", "Officials"],
    ]);
  });

  it("leave out the rejected ones and those where the user annotated a quote", () => {
    const mine = {
      tag: "claim",
      start: codePoint(80),
      end: codePoint(84),
      orphan: undefined,
    } as unknown as Annotation;
    expect(awaitingReview(proposals, [], new Set(["0-40"])).map((p) => p.key)).toEqual(["71-109"]);
    expect(awaitingReview(proposals, [mine], new Set()).map((p) => p.key)).toEqual(["0-40"]);
  });

  it("become a quote said by the known speaker the source names, or a new one", () => {
    const [first] = proposals;
    if (!first) throw new Error("no proposal");
    const context = { articleId: "a1", text, offsets, now: "2026-12-02T00:00:00.000Z", newId: () => "new" };
    const known = annotationOfProposal(first, {
      ...context,
      speakers: [{ id: "ar", name: "Ana Ruiz", aliases: [] }],
    });
    expect(known.newSpeaker).toBeNull();
    expect(known.annotation).toMatchObject({
      tag: "quote",
      kind: "direct",
      speakerId: "ar",
      cue: { exact: "said" },
    });
    const created = annotationOfProposal(first, { ...context, speakers: [] });
    expect(created.newSpeaker).toEqual({ id: "new", name: "Ana Ruiz", aliases: [] });
    expect(created.annotation.speakerId).toBe("new");
  });
});

describe("a suggestion said by “she”", () => {
  it("is said by the person named before it, known or new, and never makes the pronoun a speaker", () => {
    const story =
      "Ana Ruiz said the harbour would reopen in the spring. “We have the money and the workers,” she said.";
    const storyOffsets = textOffsets(story);
    const quote = proposalsOf(story, storyOffsets, suggestAttributions(story)).find(
      (p) => p.kind === "direct",
    );
    if (!quote) throw new Error("no quote suggested");
    expect(quote).toMatchObject({ source: { exact: "she" }, speaker: "Ana Ruiz" });
    const context = { articleId: "a1", text: story, offsets: storyOffsets, now: "2026-12-02T00:00:00.000Z" };
    const known = annotationOfProposal(quote, {
      ...context,
      newId: () => "new",
      speakers: [{ id: "ar", name: "Ana Ruiz", aliases: ["Ruiz"] }],
    });
    expect(known).toMatchObject({ newSpeaker: null, annotation: { speakerId: "ar" } });
    const created = annotationOfProposal(quote, { ...context, newId: () => "new", speakers: [] });
    expect(created.newSpeaker).toEqual({ id: "new", name: "Ana Ruiz", aliases: [] });
  });
});

describe("awaitingReview against many annotations", () => {
  it("finds an overlap with any fragment of any content, not only the nearest one", () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({
      tag: "quote",
      start: codePoint(200 + i),
      end: codePoint(201 + i),
    })) as unknown as Annotation[];
    // A long claim from the start covers the first proposal; the others start after it ends.
    const long = { tag: "claim", start: codePoint(5), end: codePoint(20) } as unknown as Annotation;
    const split = {
      tag: "statistic",
      start: codePoint(150),
      end: codePoint(151),
      moreFragments: [{ start: codePoint(80), end: codePoint(85), exact: "" }],
    } as unknown as Annotation;
    expect(awaitingReview(proposals, [...many, long], new Set()).map((p) => p.key)).toEqual(["71-109"]);
    expect(awaitingReview(proposals, [split], new Set()).map((p) => p.key)).toEqual(["0-40"]);
  });
});
