import { describe, expect, it } from "vitest";
import { frameStats } from "./frames";

describe("frameStats", () => {
  it("finds the longest frame and counts those over 50 and 100 ms", () => {
    const stats = frameStats([16.7, 16.6, 33.3, 60, 16.7, 120.5, 16.7, 50], 25);
    expect(stats).toMatchObject({ frames: 8, longestMs: 120.5, over50: 2, over100: 1, longPercent: 50 });
  });

  it("reports a smooth scroll as such", () => {
    const stats = frameStats(
      Array.from({ length: 100 }, () => 16.7),
      25,
    );
    expect(stats).toMatchObject({ longestMs: 16.7, over50: 0, over100: 0, longPercent: 0, p95Ms: 16.7 });
  });

  it("refuses a scroll of no frames", () => {
    expect(() => frameStats([], 25)).toThrow("no frames");
  });
});
