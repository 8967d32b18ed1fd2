import { describe, expect, it } from "vitest";
import { layerName, layersOf, OWN_LAYER, whereLayersDiffer } from "./layers";
import { testAnnotation } from "./testing/annotations";

const annotation = (id: string, start: number, end: number, annotator?: string) =>
  testAnnotation(id, start, end, annotator ? { annotator } : {});

describe("layers", () => {
  it("lists the user's own layer first, then the others by name", () => {
    expect(
      layersOf([annotation("1", 0, 1, "tom"), annotation("2", 0, 1), annotation("3", 0, 1, "ana")]),
    ).toEqual([OWN_LAYER, "ana", "tom"]);
    expect(layersOf([annotation("1", 0, 1, "tom")])).toEqual(["tom"]);
  });

  it("names the user's own layer by the name they gave, or You, and others' by theirs", () => {
    expect([layerName(OWN_LAYER, "Lee"), layerName(OWN_LAYER, null), layerName("tom", "Lee")]).toEqual([
      "Lee",
      "You",
      "tom",
    ]);
  });

  it("keeps only what not every layer made alike", () => {
    const all = [
      annotation("mine-same", 0, 4),
      annotation("tom-same", 0, 4, "tom"),
      annotation("mine-other", 5, 9),
      annotation("tom-other", 5, 8, "tom"),
      annotation("tom-only", 10, 12, "tom"),
    ];
    expect(whereLayersDiffer(all, [OWN_LAYER, "tom"]).map((a) => a.id)).toEqual([
      "mine-other",
      "tom-other",
      "tom-only",
    ]);
  });
});
