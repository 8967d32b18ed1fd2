import { describe, expect, it } from "vitest";
import {
  displayNameOf,
  matchSpeakers,
  nameKey,
  speakerOfSource,
  surnameKey,
  withAlias,
} from "./speakerNames";
import type { Speaker } from "./types";

const harris: Speaker = { id: "kh", name: "Kamala Harris", aliases: ["Vice President Kamala Harris"] };
const giammattei: Speaker = { id: "ag", name: "Alejandro Giammattei", aliases: [] };
const otherHarris: Speaker = { id: "ph", name: "Paul Harris", aliases: [] };

describe("speaker names", () => {
  it("drops titles, possessives, accents and case from the key", () => {
    expect(nameKey("Vice President Kamala Harris")).toBe("kamala harris");
    expect(nameKey("Harris’s")).toBe("harris");
    expect(nameKey("Harris'")).toBe("harris");
    expect(nameKey("Guatemalan President Alejandro Giammattei")).toBe(
      "guatemalan president alejandro giammattei",
    );
    expect(nameKey("President Andrés Manuel López Obrador")).toBe("andres manuel lopez obrador");
    expect(nameKey("Former Vice President Joe Biden")).toBe("joe biden");
    expect(nameKey("Secretary of State Antony Blinken")).toBe("antony blinken");
    expect(surnameKey("Vice President Kamala Harris")).toBe("harris");
  });

  it("matches a full name or alias strongly and a bare surname weakly", () => {
    expect(matchSpeakers("Vice President Kamala Harris", [harris, giammattei])).toEqual([
      { speaker: harris, strength: 2 },
    ]);
    expect(matchSpeakers("Harris’s", [giammattei, harris])).toEqual([{ speaker: harris, strength: 1 }]);
    expect(matchSpeakers("Giammattei", [harris, giammattei])).toEqual([{ speaker: giammattei, strength: 1 }]);
  });

  it("keeps two people with the same surname apart, offering both for a bare surname", () => {
    expect(matchSpeakers("Harris", [otherHarris, harris]).map((m) => m.speaker.id)).toEqual(["kh", "ph"]);
    expect(
      matchSpeakers("Kamala Harris", [otherHarris, harris]).map((m) => [m.speaker.id, m.strength]),
    ).toEqual([
      ["kh", 2],
      ["ph", 1],
    ]);
  });

  it("makes a display name from a mention without titles or possessive", () => {
    expect(displayNameOf("Vice President Kamala Harris")).toBe("Kamala Harris");
    expect(displayNameOf("Harris’s")).toBe("Harris");
    expect(displayNameOf("  Theresa   Brown ")).toBe("Theresa Brown");
  });

  it("adds an alias once", () => {
    const once = withAlias(harris, "Harris");
    expect(once.aliases).toEqual(["Vice President Kamala Harris", "Harris"]);
    expect(withAlias(once, "Harris")).toBe(once);
    expect(withAlias(harris, "Kamala Harris")).toBe(harris);
  });
});

describe("speakerOfSource", () => {
  const speakers = [
    { id: "ob", name: "Barack Obama", aliases: ["Mr Obama"] },
    { id: "jb", name: "Joe Biden", aliases: [] },
    { id: "hb", name: "Hunter Biden", aliases: [] },
  ];

  it("names a known speaker by full name, alias or a surname only one of them has", () => {
    expect(speakerOfSource("President Barack Obama", speakers)).toEqual({ speakerId: "ob" });
    expect(speakerOfSource("Mr Obama", speakers)).toEqual({ speakerId: "ob" });
    expect(speakerOfSource("Obama’s", speakers)).toEqual({ speakerId: "ob" });
  });

  it("proposes a new speaker for an unknown name, titles stripped", () => {
    expect(speakerOfSource("Senator Theresa Brown", speakers)).toEqual({ createName: "Theresa Brown" });
  });

  it("names nobody for a pronoun, a description or a surname two speakers share", () => {
    expect(speakerOfSource("he", speakers)).toBeNull();
    expect(speakerOfSource("the senator", speakers)).toBeNull();
    expect(speakerOfSource("Biden", speakers)).toBeNull();
  });
});
