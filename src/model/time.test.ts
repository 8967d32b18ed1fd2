import { describe, expect, it } from "vitest";
import { isLater, parseInstant, toUtcTime } from "./time";

describe("times", () => {
  it("reads ISO 8601 instants in any zone as the same instant", () => {
    expect(toUtcTime("2026-11-20T10:00:00.000Z")).toBe("2026-11-20T10:00:00.000Z");
    expect(toUtcTime("2026-11-20T19:00:00+09:00")).toBe("2026-11-20T10:00:00.000Z");
    expect(toUtcTime("2026-11-20T08:30:00-0130")).toBe("2026-11-20T10:00:00.000Z");
    expect(toUtcTime("2026-11-20T11:00+01")).toBe("2026-11-20T10:00:00.000Z");
    expect(toUtcTime("2026-11-20T10:00:00.123456Z")).toBe("2026-11-20T10:00:00.123Z");
  });

  it("refuses what is not an instant: no zone, no time, a number, impossible dates", () => {
    for (const text of [
      "9",
      "2026",
      "2026-11-20",
      "2026-11-20T10:00:00",
      "2026-02-30T10:00:00Z",
      "2026-13-01T00:00Z",
      "2026-11-20T24:00Z",
      "2026-11-20T10:00Z ",
      "yesterday",
    ])
      expect(parseInstant(text), text).toBeNull();
  });

  it("compares instants, and counts an unreadable time as the earliest", () => {
    expect(isLater("2026-12-01T21:27:57.916Z", "2026-12-02T05:27:57+09:00")).toBe(true);
    expect(isLater("2026-12-02T05:27:57+09:00", "2026-12-01T21:27:57.916Z")).toBe(false);
    expect(isLater("2020-01-01T00:00:00Z", "9")).toBe(true);
    expect(isLater("9", "2020-01-01T00:00:00Z")).toBe(false);
  });
});
