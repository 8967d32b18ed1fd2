import { describe, expect, it } from "vitest";
import { speakersOf } from "./speakers";

describe("speakersOf", () => {
  it("takes a name from its source, titles left out", () => {
    expect(speakersOf(["Sen. Ana Ruiz", "Tom Okafor"])).toEqual(["Ana Ruiz", "Tom Okafor"]);
  });

  it("gives a pronoun or a description the person named last, skipping one called by the other pronoun", () => {
    expect(
      speakersOf(["Ana Ruiz", "she", "Tom Okafor", "he", "she", "the senator", "they", undefined]),
    ).toEqual([
      "Ana Ruiz",
      "Ana Ruiz",
      "Tom Okafor",
      "Tom Okafor",
      // Tom Okafor is "he" now: "she" goes back to Ana Ruiz.
      "Ana Ruiz",
      "Tom Okafor",
      undefined,
      undefined,
    ]);
  });

  it("names nobody for a pronoun before any name", () => {
    expect(speakersOf(["he", "Ana Ruiz"])).toEqual([undefined, "Ana Ruiz"]);
  });
});
