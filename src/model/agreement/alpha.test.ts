import { describe, expect, it } from "vitest";
import { addSums, addUnit, alpha, alphaOf, emptySums } from "./alpha";

describe("Krippendorff's alpha, nominal", () => {
  it("is 1 when every coder gives every unit the same value", () => {
    expect(
      alpha([
        ["a", "a"],
        ["b", "b"],
        ["a", "a"],
      ]),
    ).toBe(1);
  });

  it("gives Krippendorff's own example: 4 coders, 12 units, missing values, α = 0.743", () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: values 1–5,
    // coders A–D by unit; a dot is a value not given.
    const rows = [
      "1 1 . 1",
      "2 2 3 2",
      "3 3 3 3",
      "3 3 3 3",
      "2 2 2 2",
      "1 2 3 4",
      "4 4 4 4",
      "1 1 2 1",
      "2 2 2 2",
      ". 5 5 5",
      ". . 1 1",
      ". . 3 .",
    ];
    const units = rows.map((row) => row.split(" ").filter((v) => v !== "."));
    expect(alpha(units)).toBeCloseTo(0.743, 3);
  });

  it("worked by hand: two coders, four units, one disagreement", () => {
    // Units (a,a) (a,b) (b,b) (b,b): n_a = 3, n_b = 5, n = 8; one disagreeing unit gives 2/1 = 2.
    // α = 1 − 7 · 2 / (64 − 9 − 25) = 1 − 14/30 = 0.5333…
    expect(
      alpha([
        ["a", "a"],
        ["a", "b"],
        ["b", "b"],
        ["b", "b"],
      ]),
    ).toBeCloseTo(8 / 15, 10);
  });

  it("is undefined when nothing could differ or nothing is paired", () => {
    expect(
      alpha([
        ["a", "a"],
        ["a", "a"],
      ]),
    ).toBeNull();
    expect(alpha([["a"], ["b"]])).toBeNull();
  });

  it("pools by adding sums: the same as all units at once", () => {
    const first = [
      ["a", "b"],
      ["a", "a"],
    ];
    const second = [
      ["b", "b", "a"],
      ["c", "c"],
    ];
    const one = emptySums();
    for (const u of first) addUnit(one, u);
    const two = emptySums();
    for (const u of second) addUnit(two, u);
    addSums(one, two);
    expect(alphaOf(one)).toBeCloseTo(alpha([...first, ...second]) ?? Number.NaN, 12);
  });
});
