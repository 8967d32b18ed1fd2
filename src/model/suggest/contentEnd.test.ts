import { describe, expect, it } from "vitest";
import { utf16 } from "../text";
import { bestEnd, endCandidates } from "./contentEnd";
import { tokensOf } from "./tokens";

const tokens = (s: string) => tokensOf(s, { start: utf16(0), end: utf16(s.length) });
const words = (s: string, from: number, to: number | null) =>
  to === null
    ? null
    : tokens(s)
        .slice(from, to + 1)
        .map((t) => t.text)
        .join(" ");

describe("content end", () => {
  const s = "Ruiz said the port would close, a step the union opposes; it is old.";
  const from = 2; // "the"

  it("offers every word before a break and the sentence's last word", () => {
    expect(endCandidates(tokens(s), from).map((i) => tokens(s)[i]?.text)).toEqual([
      "close",
      "opposes",
      "old",
    ]);
  });

  it("picks the end the weights score highest", () => {
    const stopAtComma = new Map([["next=,", 2]]);
    expect(words(s, from, bestEnd(tokens(s), from, "said", stopAtComma))).toBe("the port would close");
    const runToTheEnd = new Map([["last=true", 2]]);
    expect(words(s, from, bestEnd(tokens(s), from, "said", runToTheEnd))).toBe(
      "the port would close , a step the union opposes ; it is old",
    );
  });
});
