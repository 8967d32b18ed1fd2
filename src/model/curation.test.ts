import { describe, expect, it } from "vitest";
import { curationGroups, curationProgress, goldCopy } from "./curation";
import { OWN_LAYER } from "./layers";
import { testAnnotation } from "./testing/annotations";

const annotation = (id: string, start: number, end: number, annotator?: string) =>
  testAnnotation(id, start, end, annotator ? { annotator } : {});

describe("curationGroups", () => {
  it("groups overlapping annotations of every layer, agreed where all layers made the same", () => {
    const groups = curationGroups(
      [
        annotation("m1", 0, 5),
        annotation("t1", 0, 5, "tom"),
        annotation("m2", 10, 20),
        annotation("t2", 12, 25, "tom"),
        annotation("t3", 30, 35, "tom"),
        annotation("g1", 10, 20, "gold"),
      ],
      [OWN_LAYER, "tom"],
    );
    expect(groups.map((g) => [g.start, g.end, g.agreed, g.gold.map((a) => a.id)])).toEqual([
      [0, 5, true, []],
      [10, 25, false, ["g1"]],
      [30, 35, false, []],
    ]);
    expect(groups[2]?.versions.get(OWN_LAYER)).toEqual([]);
    expect(curationProgress(groups)).toEqual({ settled: 1, total: 3 });
  });

  it("copies a version into the gold layer under a new id", () => {
    const copy = goldCopy(annotation("t1", 0, 5, "tom"), "g9", "2026-12-02T00:00:00.000Z");
    expect(copy).toMatchObject({
      id: "g9",
      annotator: "gold",
      start: 0,
      end: 5,
      createdAt: "2026-12-02T00:00:00.000Z",
    });
  });
});
