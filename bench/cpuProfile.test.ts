import { describe, expect, it } from "vitest";
import { type CpuProfile, timeByKey } from "./cpuProfile";

const frame = (functionName: string) => ({ functionName, url: "", lineNumber: 0, columnNumber: 0 });

describe("timeByKey", () => {
  // root → a → b, root → c; samples: b, b, c, a (each followed by 1 ms, the last by nothing).
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame("(root)"), children: [2, 4] },
      { id: 2, callFrame: frame("a"), children: [3] },
      { id: 3, callFrame: frame("b") },
      { id: 4, callFrame: frame("c") },
    ],
    startTime: 0,
    endTime: 4000,
    samples: [3, 3, 4, 2],
    timeDeltas: [0, 1000, 1000, 1000],
  };

  it("adds each sample's time to its function (self) and to every caller once (total)", () => {
    const byName = new Map(timeByKey(profile, (f) => f.functionName).map((e) => [e.key, e]));
    expect(byName.get("b")).toEqual({ key: "b", selfMs: 2, totalMs: 2 });
    expect(byName.get("a")).toEqual({ key: "a", selfMs: 0, totalMs: 2 });
    expect(byName.get("c")).toEqual({ key: "c", selfMs: 1, totalMs: 1 });
    expect(byName.get("(root)")?.totalMs).toBe(3);
  });

  it("counts a recursive key once per sample in total time", () => {
    const all = timeByKey(profile, () => "same");
    expect(all).toEqual([{ key: "same", selfMs: 3, totalMs: 3 }]);
  });
});
