import { describe, expect, it } from "vitest";
import { mainThreadTime, type TraceEvent } from "./traceSummary";

describe("mainThreadTime", () => {
  it("adds up complete events of renderer main threads by name, in ms", () => {
    const events: TraceEvent[] = [
      { name: "thread_name", ph: "M", pid: 1, tid: 7, ts: 0, args: { name: "CrRendererMain" } },
      { name: "thread_name", ph: "M", pid: 1, tid: 8, ts: 0, args: { name: "Compositor" } },
      { name: "Layout", ph: "X", pid: 1, tid: 7, ts: 10, dur: 2500 },
      { name: "Layout", ph: "X", pid: 1, tid: 7, ts: 20, dur: 500 },
      { name: "Paint", ph: "X", pid: 1, tid: 8, ts: 30, dur: 9000 },
      { name: "FunctionCall", ph: "B", pid: 1, tid: 7, ts: 40 },
    ];
    expect(mainThreadTime(events)).toEqual(new Map([["Layout", 3]]));
  });
});
