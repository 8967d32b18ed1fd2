/**
 * Where a CPU profile (Chrome DevTools protocol `Profiler.stop`) spends its time: self time (the
 * function itself) and total time (the function and what it called), grouped by a caller-chosen key
 * such as "file:line name" of the original source.
 */
export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface TimeEntry {
  key: string;
  selfMs: number;
  totalMs: number;
}

export function timeByKey(profile: CpuProfile, keyOf: (frame: CallFrame) => string): TimeEntry[] {
  const parent = new Map<number, number>();
  const frames = new Map<number, CallFrame>();
  for (const node of profile.nodes) {
    frames.set(node.id, node.callFrame);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const keyCache = new Map<number, string>();
  const key = (id: number) => {
    let k = keyCache.get(id);
    if (k === undefined) {
      const frame = frames.get(id);
      k = frame ? keyOf(frame) : "?";
      keyCache.set(id, k);
    }
    return k;
  };
  const entries = new Map<string, TimeEntry>();
  const entry = (k: string) => {
    let e = entries.get(k);
    if (!e) {
      e = { key: k, selfMs: 0, totalMs: 0 };
      entries.set(k, e);
    }
    return e;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the gap to the next sample (the last one has none).
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const leaf = samples[i] as number;
    entry(key(leaf)).selfMs += ms;
    const seen = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const k = key(id);
      if (seen.has(k)) continue;
      seen.add(k);
      entry(k).totalMs += ms;
    }
  }
  return [...entries.values()];
}
