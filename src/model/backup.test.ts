import { describe, expect, it } from "vitest";
import { needsBackupReminder } from "./backup";

const now = new Date("2026-11-25T12:00:00.000Z");

describe("backup reminder", () => {
  it("stays quiet when there is nothing unexported", () => {
    expect(needsBackupReminder({ lastFullExportAt: null, oldestUnexportedChange: null }, now)).toBe(false);
    expect(
      needsBackupReminder(
        { lastFullExportAt: "2026-01-01T00:00:00.000Z", oldestUnexportedChange: null },
        now,
      ),
    ).toBe(false);
  });

  it("reminds when the last full export is over a week old and work changed since", () => {
    const state = {
      lastFullExportAt: "2026-11-17T11:00:00.000Z",
      oldestUnexportedChange: "2026-11-24T09:00:00.000Z",
    };
    expect(needsBackupReminder(state, now)).toBe(true);
    expect(needsBackupReminder({ ...state, lastFullExportAt: "2026-11-19T12:00:00.000Z" }, now)).toBe(false);
  });

  it("reminds a user who never exported once their oldest work is a week old, not before", () => {
    expect(
      needsBackupReminder(
        { lastFullExportAt: null, oldestUnexportedChange: "2026-11-24T00:00:00.000Z" },
        now,
      ),
    ).toBe(false);
    expect(
      needsBackupReminder(
        { lastFullExportAt: null, oldestUnexportedChange: "2026-11-10T00:00:00.000Z" },
        now,
      ),
    ).toBe(true);
  });
});
