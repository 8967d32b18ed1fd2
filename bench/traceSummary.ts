/**
 * What the browser's main thread did during a Chromium trace (categories devtools.timeline): total
 * milliseconds per kind of work (script, style, layout, paint, garbage collection), the part of the
 * time a CPU profile shows only as "(program)".
 */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Kinds of main thread work, by the trace event names Chromium uses for them. */
export const WORK_KINDS: Readonly<Record<string, string>> = {
  FunctionCall: "script",
  EvaluateScript: "script",
  "v8.compile": "script (compile)",
  "v8.compileModule": "script (compile)",
  EventDispatch: "script (events)",
  TimerFire: "script (timers)",
  FireAnimationFrame: "script (animation frames)",
  RunMicrotasks: "script (microtasks)",
  UpdateLayoutTree: "style",
  Layout: "layout",
  PrePaint: "paint",
  Paint: "paint",
  Layerize: "paint",
  Commit: "paint",
  ParseHTML: "parse HTML",
  MinorGC: "garbage collection",
  MajorGC: "garbage collection",
  "V8.GC_SCAVENGER": "garbage collection",
  "V8.GC_MARK_COMPACTOR": "garbage collection",
};

/**
 * Milliseconds per event name on the renderer main threads (`CrRendererMain`), counting complete ("X")
 * events only. Nested events are counted in their own name too (a forced layout inside a script is
 * both), so the figures say where time went, not a partition of it.
 */
export function mainThreadTime(events: readonly TraceEvent[]): Map<string, number> {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const totals = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== "X" || e.dur === undefined || !mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
  }
  return totals;
}
