import { describe, expect, it } from "vitest";
import { loopGoesOn } from "./editLoop";

describe("loopGoesOn", () => {
  const loop = { runs: 100, budgetMs: 15_000, minRuns: 20 };

  it("runs every edit while within the time budget", () => {
    expect(loopGoesOn(loop, 99, 0, 14_999)).toBe(true);
    expect(loopGoesOn(loop, 100, 0, 1)).toBe(false);
  });

  it("stops a slow loop at the budget, but never before the minimum count", () => {
    expect(loopGoesOn(loop, 19, 0, 60_000)).toBe(true);
    expect(loopGoesOn(loop, 20, 0, 15_000)).toBe(false);
  });
});
