/**
 * Helpers for records declared once: a list of a record's fields that the compiler checks is complete,
 * a copy of those fields in that order, a comparison of them, and a check that two types are the same.
 * For plain data only (strings, numbers, booleans, null, arrays and objects of them), as stored and
 * exported.
 */

/** `true` when `A` and `B` are the same type (not merely assignable one way), else `false`. */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only for `true`: `type _Check = Assert<Equal<A, B>>` is a compile error when they differ. */
export type Assert<T extends true> = T;

/** The elements of a tuple that occur in it more than once. */
type Repeated<K extends readonly unknown[], Seen = never> = K extends readonly [infer Head, ...infer Rest]
  ? ([Head] extends [Seen] ? Head : never) | Repeated<Rest, Seen | Head>
  : never;

type Complete<T, K extends readonly (keyof T)[]> = ([Exclude<keyof T, K[number]>] extends [never]
  ? unknown
  : { missing: Exclude<keyof T, K[number]> }) &
  ([Repeated<K>] extends [never] ? unknown : { repeated: Repeated<K> });

/**
 * `fieldsOf<T>()([...])` returns the list as given, and is a compile error naming any field of `T` it
 * leaves out or names twice, so that code driven by the list follows a field added to `T`.
 */
export function fieldsOf<T>() {
  return <const K extends readonly (keyof T)[]>(fields: K & Complete<T, K>): K => fields;
}

/**
 * `fields` of `record`, in that order (the order `JSON.stringify` writes them). Arrays and objects are
 * copied, so that a later edit of the record does not reach the copy. An optional field the record
 * lacks (or holds as undefined) is left out, as JSON leaves it out: the copy is what a file holds.
 */
export function pickFields<T extends object, K extends keyof T>(record: T, fields: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const field of fields) {
    const value = record[field];
    if (value === undefined) continue;
    picked[field] = typeof value === "object" && value !== null ? structuredClone(value) : value;
  }
  return picked;
}

/** Whether `a` and `b` hold the same value in every one of `fields`, compared as plain data. */
export function sameFields<T extends object>(a: T, b: T, fields: readonly (keyof T)[]): boolean {
  return fields.every((field) => samePlainData(a[field], b[field]));
}

/** Deep equality of plain data; an object's key order does not matter, and a missing key is undefined. */
export function samePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => samePlainData(item, b[i]))
    );
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) if (!samePlainData(x[key], y[key])) return false;
  return true;
}
