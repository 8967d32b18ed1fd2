import { describe, expect, it } from "vitest";
import { seededRandom } from "./random";

describe("seededRandom", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("keeps integers within [min, max) and reaches both ends", () => {
    const random = seededRandom(7);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5]);
  });

  it("shuffles into a permutation without changing the input", () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = seededRandom(1).shuffle(items);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(shuffled).toEqual(seededRandom(1).shuffle(items));
  });

  it("draws weighted keys in about their proportions", () => {
    const random = seededRandom(9);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 10_000; i++) counts[random.weighted({ a: 3, b: 1 })]++;
    expect(counts.a / 10_000).toBeGreaterThan(0.72);
    expect(counts.a / 10_000).toBeLessThan(0.78);
  });

  it("makes well-formed version 4 UUIDs, stable for a seed", () => {
    const id = seededRandom(5).uuid();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(seededRandom(5).uuid()).toBe(id);
  });
});
