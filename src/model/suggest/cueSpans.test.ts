import { describe, expect, it } from "vitest";
import { utf16 } from "../text";
import { cueSpans } from "./cueSpans";
import { tokensOf } from "./tokens";

/** What cueSpans gives for the cue `cue` (its words, first occurrence) in `sentence`, as words. */
function spans(sentence: string, cue: string, earlier?: string) {
  const tokens = tokensOf(sentence, { start: utf16(0), end: utf16(sentence.length) });
  const words = cue.split(" ");
  const first = tokens.findIndex((_token, i) => words.every((w, k) => tokens[i + k]?.text === w));
  const at = (r: { start: number; end: number } | undefined) =>
    r ? sentence.slice(r.start, r.end) : undefined;
  const earlierAt = earlier ? sentence.indexOf(earlier) : -1;
  const found = cueSpans(
    tokens,
    first,
    first + words.length - 1,
    earlierAt >= 0 ? { start: utf16(earlierAt), end: utf16(earlierAt + (earlier ?? "").length) } : undefined,
  );
  return found && { content: at(found.content), source: at(found.source) };
}

describe("cueSpans", () => {
  it("takes what follows the cue, with its “that”, past whom it was told to and when", () => {
    expect(spans("Okafor told reporters on Monday that the port would close.", "told")).toEqual({
      content: "that the port would close",
      source: "Okafor",
    });
    expect(spans("The mayor has repeatedly said the port would close.", "said")).toEqual({
      content: "the port would close",
      source: "The mayor",
    });
  });

  it("finds the subject before an apposition between commas", () => {
    expect(spans("Lena Ortiz, who runs the dock workers’ union, says the deal is dead.", "says")).toEqual({
      content: "the deal is dead",
      source: "Lena Ortiz",
    });
  });

  it("gives a participle after a comma the subject of the sentence, or of the cue before it", () => {
    expect(
      spans("The governor began by talking about jobs, saying the plant would reopen.", "saying"),
    ).toEqual({
      content: "the plant would reopen",
      source: "The governor",
    });
    expect(
      spans("Okafor said the port was safe, adding that the cranes were new.", "adding", "Okafor"),
    ).toEqual({ content: "that the cranes were new", source: "Okafor" });
  });

  it("ends what was said where a clause of the writer's begins, but not inside a quotation", () => {
    expect(spans("Okafor said the port would close, which surprised nobody.", "said")).toEqual({
      content: "the port would close",
      source: "Okafor",
    });
    expect(spans("Okafor said the port was “closed, which is a shame” for now.", "said")?.content).toBe(
      "the port was “closed, which is a shame” for now",
    );
  });

  it("reads “according to” with its source after it, before or after what was said", () => {
    expect(spans("According to a new poll, the mayor leads by ten points.", "According to")).toEqual({
      content: "the mayor leads by ten points",
      source: "a new poll",
    });
    expect(spans("The mayor leads by ten points, according to a new poll.", "according to")).toEqual({
      content: "The mayor leads by ten points",
      source: "a new poll",
    });
  });

  it("takes what comes before a cue that ends the sentence, and a name after it as the source", () => {
    expect(spans("The port will close in May, Okafor said.", "said")).toEqual({
      content: "The port will close in May",
      source: "Okafor",
    });
    expect(spans("The port will close in May, said Lena Ortiz.", "said")).toEqual({
      content: "The port will close in May",
      source: "Lena Ortiz",
    });
  });

  it("leaves a sentence that introduces a quotation to the quotation, and too few words to none", () => {
    expect(spans("Okafor told reporters on Monday:", "told")).toBeNull();
    expect(spans("Okafor said so.", "said")).toBeNull();
  });
});
