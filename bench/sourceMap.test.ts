import { describe, expect, it } from "vitest";
import { decodeMappings, decodeVlq, sourceMapLookup } from "./sourceMap";

describe("decodeVlq", () => {
  it("reads signed base64 VLQ numbers, also multi-digit ones", () => {
    expect(decodeVlq("AAAA")).toEqual([0, 0, 0, 0]);
    expect(decodeVlq("CADE")).toEqual([1, 0, -1, 2]);
    expect(decodeVlq("gB")).toEqual([16]);
    expect(decodeVlq("2HwB")).toEqual([123, 24]);
    expect(decodeVlq("D")).toEqual([-1]);
  });
});

describe("sourceMapLookup", () => {
  // Line 0: col 0 → a.ts 0:0 name "f"; col 10 → a.ts 1:2. Line 1: col 4 → b.ts 3:0.
  const map = { version: 3, sources: ["a.ts", "b.ts"], names: ["f"], mappings: "AAAAA,UACE;ICEF" };

  it("decodes segments relative to the previous one", () => {
    expect(decodeMappings(map.mappings)).toEqual([
      [
        [0, 0, 0, 0, 0],
        [10, 0, 1, 2, null],
      ],
      [[4, 1, 3, 0, null]],
    ]);
  });

  it("maps a generated position to the segment at or before it", () => {
    const lookup = sourceMapLookup(map);
    expect(lookup(0, 5)).toEqual({ source: "a.ts", line: 0, column: 0, name: "f" });
    expect(lookup(0, 12)).toEqual({ source: "a.ts", line: 1, column: 2, name: null });
    expect(lookup(1, 3)).toBeNull();
    expect(lookup(1, 9)).toEqual({ source: "b.ts", line: 3, column: 0, name: null });
    expect(lookup(7, 0)).toBeNull();
  });
});
