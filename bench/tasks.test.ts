import { describe, expect, it } from "vitest";
import { longestTaskIn } from "./tasks";

describe("longestTaskIn", () => {
  const tasks = [
    [100, 180],
    [900, 1020],
    [1500, 1560],
    [2600, 2900],
  ] as const;

  it("takes the longest task that overlaps the window, whole", () => {
    expect(longestTaskIn(tasks, 1000, 2000)).toBe(120);
    expect(longestTaskIn(tasks, 150, 1000)).toBe(120);
  });

  it("is 0 when no long task ran in the window", () => {
    expect(longestTaskIn(tasks, 1600, 2600)).toBe(0);
    expect(longestTaskIn([], 0, 1000)).toBe(0);
  });
});
