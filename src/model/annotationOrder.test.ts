import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareByPosition } from "./annotationOrder";
import { codePoint, codePointSpan } from "./text";

describe("compareByPosition", () => {
  const base = { ...codePointSpan(5, 9), createdAt: "2026-01-01T00:00:00.000Z", id: "m" };

  it("orders by start, then end, then creation time, then id", () => {
    expect(compareByPosition(base, { ...base, ...codePointSpan(6, 7) })).toBeLessThan(0);
    expect(compareByPosition(base, { ...base, end: codePoint(8) })).toBeGreaterThan(0);
    expect(compareByPosition(base, { ...base, createdAt: "2025-12-31T23:59:59.999Z" })).toBeGreaterThan(0);
    expect(compareByPosition(base, { ...base, id: "n" })).toBeLessThan(0);
    expect(compareByPosition(base, { ...base })).toBe(0);
  });

  it("is a consistent order: antisymmetric and zero only for equal keys", () => {
    const key = fc.record({
      start: fc.integer({ min: 0, max: 3 }).map(codePoint),
      end: fc.integer({ min: 0, max: 3 }).map(codePoint),
      createdAt: fc.constantFrom("2026-01-01T00:00:00.000Z", "2026-01-02T00:00:00.000Z"),
      id: fc.constantFrom("a", "b"),
    });
    fc.assert(
      fc.property(key, key, (a, b) => {
        expect(Math.sign(compareByPosition(a, b)) + Math.sign(compareByPosition(b, a))).toBe(0);
        const same = a.start === b.start && a.end === b.end && a.createdAt === b.createdAt && a.id === b.id;
        expect(compareByPosition(a, b) === 0).toBe(same);
      }),
    );
  });
});
