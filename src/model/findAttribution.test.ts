import { describe, expect, it } from "vitest";
import { findAttribution } from "./findAttribution";
import { utf16 } from "./text";

/** The attribution found next to `quote` in `text`, as words. */
function around(text: string, quote: string) {
  const start = text.indexOf(quote);
  const found = findAttribution(text, { start: utf16(start), end: utf16(start + quote.length) });
  return (
    found && {
      cue: text.slice(found.cue.start, found.cue.end),
      source: text.slice(found.source.start, found.source.end),
      sourceText: found.sourceText,
      pronoun: found.pronoun,
    }
  );
}

describe("findAttribution", () => {
  it("finds an inverted attribution after the quote", () => {
    const text = "Intro.\n“We have seen nothing yet,” said Theresa Brown, a director at the centre.";
    expect(around(text, "We have seen nothing yet")).toEqual({
      cue: "said",
      source: "Theresa Brown",
      sourceText: "Theresa Brown",
      pronoun: false,
    });
  });

  it("finds a name or pronoun before the verb after the quote, past an adverb", () => {
    const text = "“It is a start,” Mr. Okafor said. “We go on,” she quietly added.";
    expect(around(text, "It is a start")).toMatchObject({ cue: "said", source: "Mr. Okafor" });
    expect(around(text, "We go on")).toMatchObject({ cue: "added", source: "she", pronoun: true });
  });

  it("finds the attribution that leads into the quote, titles with “of” included", () => {
    const text = "In a statement, Secretary of State Ana Ruiz said “these measures will help.”";
    expect(around(text, "these measures will help.")).toMatchObject({
      cue: "said",
      source: "Secretary of State Ana Ruiz",
    });
    const indirect = "According to Restrepo, the plan is sound.";
    expect(around(indirect, "the plan is sound")).toMatchObject({ cue: "According to", source: "Restrepo" });
  });

  it("leaves a name out of the source's trailing full stop, keeping an initial's", () => {
    const text = "“Fine,” said John F. “Later,” said Brown.";
    expect(around(text, "Later")).toMatchObject({ source: "Brown" });
  });

  it("finds nothing without a speech verb touching the quote, or across a paragraph", () => {
    expect(around("“Fine.” The meeting ended.", "Fine.")).toBeNull();
    expect(around("“Fine.”\nHarris said nothing more.", "Fine.")).toBeNull();
  });
});
