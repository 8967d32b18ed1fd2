/**
 * Times as the app stores and exports them: ISO 8601 instants, written in UTC
 * (`2026-11-20T10:00:00.000Z`). Files may carry any time zone; they are read as the instant they name,
 * so that "newer" compares instants, never the text of two times in different zones.
 */

// A date, a time to at least the minute, and a time zone: Z or an offset (+09:00, -0130).
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)$/;

/** Milliseconds since the epoch of an ISO 8601 instant with a time zone; null for anything else. */
export function parseInstant(text: string): number | null {
  const match = ISO_INSTANT.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second = "0", fraction = "0", zone = "Z"] = match;
  const fields = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [y, mo, d, h, mi, s] = fields;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s, Math.floor(Number(`0.${fraction}`) * 1000));
  // Date.UTC rolls 31 April over to 1 May: a day the month does not have is no instant.
  if (new Date(utc).getUTCDate() !== d) return null;
  let offsetMinutes = 0;
  if (zone !== "Z") {
    const digits = zone.slice(1).replace(":", "");
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2) || "0");
    if (hours > 23 || minutes > 59) return null;
    offsetMinutes = (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
  }
  return utc - offsetMinutes * 60_000;
}

/** The instant `text` names, written in UTC; null when it is not an ISO 8601 instant. */
export function toUtcTime(text: string): string | null {
  const ms = parseInstant(text);
  return ms === null ? null : new Date(ms).toISOString();
}

/**
 * Whether time `a` is later than time `b`. A time no parser reads (written by hand, or by an old
 * version that stored times verbatim) counts as earlier than every real one.
 */
export function isLater(a: string, b: string): boolean {
  return (parseInstant(a) ?? Number.NEGATIVE_INFINITY) > (parseInstant(b) ?? Number.NEGATIVE_INFINITY);
}
