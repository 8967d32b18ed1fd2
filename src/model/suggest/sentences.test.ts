import { describe, expect, it } from "vitest";
import { sentencesOf } from "./sentences";

const split = (text: string) => sentencesOf(text).map((s) => text.slice(s.start, s.end));

describe("sentencesOf", () => {
  it("ends a sentence at a stop before a capital, keeping a closing mark with it", () => {
    expect(split("He left. “We won.” She stayed? Yes!")).toEqual([
      "He left.",
      "“We won.”",
      "She stayed?",
      "Yes!",
    ]);
  });

  it("does not end one after a title, an initial or the U.S.", () => {
    expect(split("Mr. Obama met John F. Kennedy Jr. in the U.S. Senate. Then he left.")).toEqual([
      "Mr. Obama met John F. Kennedy Jr. in the U.S. Senate.",
      "Then he left.",
    ]);
  });

  it("keeps sentences within their paragraph", () => {
    expect(split("First part\nSecond part. Third")).toEqual(["First part", "Second part.", "Third"]);
  });
});
