import { describe, expect, it } from "vitest";
import { type Assert, type Equal, fieldsOf, pickFields, sameFields, samePlainData } from "./records";

interface Sample {
  id: string;
  count: number;
  names: string[];
  extra?: { note: string } | null;
}

describe("fieldsOf", () => {
  it("returns the list as given, in its order", () => {
    expect(fieldsOf<Sample>()(["names", "id", "extra", "count"])).toEqual(["names", "id", "extra", "count"]);
  });

  it("is a compile error for a list that leaves a field out or names one twice", () => {
    // @ts-expect-error `extra` is missing
    fieldsOf<Sample>()(["id", "count", "names"]);
    // @ts-expect-error `id` is named twice
    fieldsOf<Sample>()(["id", "count", "names", "extra", "id"]);
    // @ts-expect-error `other` is no field of Sample
    fieldsOf<Sample>()(["id", "count", "names", "extra", "other"]);
  });
});

describe("Equal", () => {
  it("tells the same type from one merely assignable", () => {
    const same: Assert<Equal<{ a?: string }, { a?: string | undefined }>> = true;
    const wider: Equal<{ a: string }, { a: string; b?: number }> = false;
    const optional: Equal<{ a: string }, { a?: string }> = false;
    expect([same, wider, optional]).toEqual([true, false, false]);
  });
});

describe("pickFields", () => {
  it("copies the fields in the order of the list, and only those", () => {
    const record: Sample = { id: "s1", count: 3, names: ["a"], extra: null };
    const picked = pickFields(record, ["names", "id"]);
    expect(Object.keys(picked)).toEqual(["names", "id"]);
    expect(picked).toEqual({ names: ["a"], id: "s1" });
  });

  it("copies arrays and objects, so a later edit of the record does not reach the copy", () => {
    const record: Sample = { id: "s1", count: 3, names: ["a"], extra: { note: "n" } };
    const picked = pickFields(record, ["names", "extra"]);
    record.names.push("b");
    if (record.extra) record.extra.note = "changed";
    expect(picked).toEqual({ names: ["a"], extra: { note: "n" } });
  });

  it("leaves an absent optional field out, as JSON would, rather than writing it as undefined", () => {
    const picked = pickFields({ id: "s1", count: 0, names: [], extra: undefined } as Sample, ["id", "extra"]);
    expect(Object.keys(picked)).toEqual(["id"]);
    expect(JSON.stringify(picked)).toBe('{"id":"s1"}');
  });
});

describe("samePlainData", () => {
  it("compares nested arrays and objects by value, whatever the key order", () => {
    expect(samePlainData({ a: [1, { b: "x" }], c: null }, { c: null, a: [1, { b: "x" }] })).toBe(true);
    expect(samePlainData({ a: [1, { b: "x" }] }, { a: [1, { b: "y" }] })).toBe(false);
    expect(samePlainData([1, 2], [1, 2, 3])).toBe(false);
    expect(samePlainData([], {})).toBe(false);
    expect(samePlainData(null, {})).toBe(false);
    expect(samePlainData("1", 1)).toBe(false);
  });

  it("takes a missing key and an undefined one as the same", () => {
    expect(samePlainData({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(samePlainData({ a: 1 }, { a: 1, b: null })).toBe(false);
  });
});

describe("sameFields", () => {
  it("compares only the listed fields", () => {
    const a: Sample = { id: "s1", count: 1, names: ["x"] };
    expect(sameFields(a, { ...a, names: ["x"] }, ["id", "count", "names", "extra"])).toBe(true);
    expect(sameFields(a, { ...a, count: 2 }, ["id", "names"])).toBe(true);
    expect(sameFields(a, { ...a, count: 2 }, ["id", "count"])).toBe(false);
    expect(sameFields(a, { ...a, extra: { note: "" } }, ["id", "count", "names", "extra"])).toBe(false);
  });
});
