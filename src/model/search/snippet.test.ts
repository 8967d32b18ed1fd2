import { describe, expect, it } from "vitest";
import { utf16Range } from "../text";
import { snippetOf } from "./snippet";

describe("snippetOf", () => {
  const text =
    "The Border Patrol picked up a record number of unaccompanied children\nattempting to cross the border.";

  it("gives the whole text around a match when it is short, on one line", () => {
    const at = text.indexOf("record");
    expect(snippetOf(text, utf16Range(at, at + 6), 80)).toEqual({
      before: "The Border Patrol picked up a ",
      match: "record",
      after: " number of unaccompanied children attempting to cross the border.",
    });
  });

  it("cuts between words and marks the cut", () => {
    const at = text.indexOf("record");
    expect(snippetOf(text, utf16Range(at, at + 6), 20)).toEqual({
      before: "…Patrol picked up a ",
      match: "record",
      after: " number of…",
    });
  });

  it("shortens a long match in its middle", () => {
    const long = `${"word ".repeat(100)}end`;
    const snippet = snippetOf(long, utf16Range(0, long.length), 10);
    expect(snippet).toEqual({ before: "", match: "word word word word … word word word end", after: "" });
  });
});
