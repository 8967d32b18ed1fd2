/**
 * Just enough of source maps (version 3) to name where a CPU profile of the minified build spends its
 * time: decodes the VLQ mappings and finds the original file, line and name of a generated position.
 */
export interface SourceMapV3 {
  version: number;
  sources: string[];
  names: string[];
  mappings: string;
}

export interface OriginalPosition {
  source: string;
  /** 0-based, as in the map. */
  line: number;
  column: number;
  name: string | null;
}

/** Per generated line, the segments [generatedColumn, source, line, column, name?] in column order. */
type Segment = [number, number, number, number, number | null];

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`not base64: ${char}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
    value = 0;
    shift = 0;
  }
  return values;
}

export function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let source = 0;
  let line = 0;
  let column = 0;
  let name = 0;
  for (const text of mappings.split(";")) {
    const segments: Segment[] = [];
    let generated = 0;
    for (const part of text.split(",")) {
      if (part === "") continue;
      const v = decodeVlq(part);
      generated += v[0] ?? 0;
      if (v.length < 4) continue;
      source += v[1] ?? 0;
      line += v[2] ?? 0;
      column += v[3] ?? 0;
      let nameIndex: number | null = null;
      if (v.length >= 5) {
        name += v[4] ?? 0;
        nameIndex = name;
      }
      segments.push([generated, source, line, column, nameIndex]);
    }
    lines.push(segments);
  }
  return lines;
}

/** Finds original positions of a map's generated (0-based) line and column: the segment at or before it. */
export function sourceMapLookup(map: SourceMapV3): (line: number, column: number) => OriginalPosition | null {
  const lines = decodeMappings(map.mappings);
  return (line, column) => {
    const segments = lines[line];
    if (!segments || segments.length === 0) return null;
    let lo = 0;
    let hi = segments.length - 1;
    if ((segments[0] as Segment)[0] > column) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((segments[mid] as Segment)[0] <= column) lo = mid;
      else hi = mid - 1;
    }
    const [, source, srcLine, srcColumn, nameIndex] = segments[lo] as Segment;
    return {
      source: map.sources[source] ?? "?",
      line: srcLine,
      column: srcColumn,
      name: nameIndex === null ? null : (map.names[nameIndex] ?? null),
    };
  };
}
