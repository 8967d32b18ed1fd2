import { cpus, loadavg, platform, release, totalmem } from "node:os";
import type { Metric, Results } from "./results";
import { validateResults } from "./results";
import { checkTargets } from "./targets";

export type Machine = Results["machine"];

/** The machine the figures come from: CPU model and count, memory, OS and node; `loadAtStart` from before the run. */
export function machineInfo(loadAtStart: number = loadavg()[0] ?? 0): Machine {
  const cores = cpus();
  return {
    cpuModel: cores[0]?.model.trim() ?? "unknown",
    cpuCount: cores.length,
    totalMemoryMb: Math.round(totalmem() / 2 ** 20),
    platform: `${platform()} ${release()}`,
    node: process.versions.node,
    loadAverage: { atStart: loadAtStart, atEnd: loadavg()[0] ?? 0 },
  };
}

export interface ReportInput {
  createdAt: Date;
  durationSeconds: number;
  machine: Machine;
  latest: Results["latest"];
  browser: Results["browser"];
  config: Results["config"];
  metrics: readonly Metric[];
}

/** The results file of a run: its figures with the targets checked, validated before anyone writes it. */
export function buildResults(input: ReportInput): Results {
  const results: Results = {
    format: "quote-annotator-bench",
    version: 2,
    createdAt: input.createdAt.toISOString(),
    durationSeconds: Math.round(input.durationSeconds * 10) / 10,
    machine: input.machine,
    latest: input.latest,
    browser: input.browser,
    config: input.config,
    metrics: [...input.metrics],
    targets: checkTargets(input.metrics),
  };
  const validation = validateResults(results);
  if (!validation.ok) throw new Error(`The results are malformed:\n${validation.errors.join("\n")}`);
  return validation.results;
}
