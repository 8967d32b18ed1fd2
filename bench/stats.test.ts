import { describe, expect, it } from "vitest";
import { percentile, summarize } from "./stats";

describe("percentile", () => {
  it("interpolates between the nearest ranks", () => {
    expect(percentile([10, 20, 30, 40], 50)).toBe(25);
    expect(percentile([10, 20, 30, 40], 0)).toBe(10);
    expect(percentile([10, 20, 30, 40], 100)).toBe(40);
    expect(percentile([5], 95)).toBe(5);
  });

  it("refuses no values and percentiles outside 0–100", () => {
    expect(() => percentile([], 50)).toThrow();
    expect(() => percentile([1], 101)).toThrow();
  });
});

describe("summarize", () => {
  it("reports min, median, p95, mean and max of unsorted samples", () => {
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(summarize(samples)).toEqual({ n: 20, min: 1, median: 10.5, p95: 19.05, mean: 10.5, max: 20 });
  });

  it("refuses an empty list and non-finite samples", () => {
    expect(() => summarize([])).toThrow();
    expect(() => summarize([1, Number.NaN])).toThrow();
  });
});
