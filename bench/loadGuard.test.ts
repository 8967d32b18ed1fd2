import { describe, expect, it } from "vitest";
import { latestDecision } from "./loadGuard";

describe("latestDecision", () => {
  const quiet = { quick: false, loadAtStart: 0.4, loadAtEnd: 1.2, maxLoad: 1.5 };

  it("lets a full run on a quiet machine become latest.json", () => {
    expect(latestDecision(quiet)).toEqual({ writeLatest: true });
    expect(latestDecision({ ...quiet, loadAtEnd: 1.5 })).toEqual({ writeLatest: true });
  });

  it("refuses a run whose load was high at the start or the end, and says which", () => {
    const start = latestDecision({ ...quiet, loadAtStart: 3.21 });
    expect(start.writeLatest).toBe(false);
    if (!start.writeLatest) expect(start.reason).toContain("3.21 at the start (above 1.5)");
    const both = latestDecision({ ...quiet, loadAtStart: 2, loadAtEnd: 1.51 });
    if (!both.writeLatest) expect(both.reason).toContain("2.00 at the start and 1.51 at the end");
    expect(both.writeLatest).toBe(false);
  });

  it("never lets a quick run replace it", () => {
    expect(latestDecision({ ...quiet, quick: true }).writeLatest).toBe(false);
  });
});
