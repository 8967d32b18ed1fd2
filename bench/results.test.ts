import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildFixture } from "./fixture";
import { seededRandom } from "./random";
import { buildResults, machineInfo, type ReportInput } from "./report";
import {
  inTableOrder,
  type Metric,
  measuredMetric,
  SCENARIOS,
  unavailableMetric,
  validateResults,
} from "./results";
import { formatReport } from "./table";

const articlesDir = new URL("../articles/", import.meta.url);
const seedTexts = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => readFileSync(new URL(name, articlesDir), "utf8"));

/** A small run without a browser: a real fixture, and samples where the browser would measure. */
function smallRun(): ReportInput {
  const fixture = buildFixture(seedTexts, { seed: 1, targetBytes: 40_000, setSizes: [50, 200] });
  const random = seededRandom(2);
  const samples = (n: number, scale: number) =>
    Array.from({ length: n }, () => scale * (0.5 + random.next()));
  const metrics: Metric[] = [];
  for (const [count] of fixture.sets) {
    for (const scenario of ["open", "first-highlight", "heap", "tag", "retag", "delete", "scroll"] as const) {
      metrics.push(
        measuredMetric(
          {
            scenario,
            subject: "app",
            annotations: count,
            unit: scenario === "scroll" ? "%" : "ms",
            label: scenario,
          },
          samples(5, 20),
        ),
      );
    }
  }
  metrics.push(
    unavailableMetric({
      scenario: "import",
      subject: "app",
      annotations: 200,
      unit: "ms",
      label: "import",
      note: "not yet",
    }),
    measuredMetric(
      { scenario: "js-size", subject: "app", annotations: null, unit: "KB", label: "JS" },
      [185],
    ),
  );
  return {
    createdAt: new Date("2026-11-25T10:00:00.000Z"),
    durationSeconds: 1.23,
    machine: machineInfo(),
    browser: {
      name: "chromium",
      version: "156.0",
      executablePath: "/usr/bin/chromium",
      args: [],
      viewport: { width: 1280, height: 800 },
    },
    config: {
      seed: 1,
      article: {
        utf8Bytes: fixture.utf8Bytes,
        codePoints: fixture.codePoints,
        paragraphs: fixture.paragraphs,
      },
      annotationSets: [...fixture.sets.keys()],
      runs: { open: 5 },
      notes: ["a small run"],
    },
    metrics,
  };
}

describe("a small benchmark run", () => {
  it("produces well-formed results that survive JSON and read as a table", () => {
    const results = buildResults(smallRun());
    const reread = validateResults(JSON.parse(JSON.stringify(results)));
    expect(reread.ok).toBe(true);
    expect(results.machine.cpuCount).toBeGreaterThan(0);
    expect(results.targets.length).toBe(11);
    expect(results.targets.find((t) => t.id === "import")?.met).toBeNull();
    const report = formatReport(results);
    expect(report).toContain("| open ");
    expect(report).toContain("not available yet");
    expect(report.split("\n").filter((line) => line.startsWith("| ")).length).toBe(2 + 16 + 2 + 11);
  });

  it("knows every scenario it measures", () => {
    expect(new Set(smallRun().metrics.map((m) => m.scenario)).size).toBeLessThanOrEqual(SCENARIOS.length);
  });
});

describe("inTableOrder", () => {
  it("orders by scenario, then subject, then annotation count", () => {
    const metric = (scenario: "open" | "tag", subject: "app" | "prosemirror", annotations: number) =>
      measuredMetric({ scenario, subject, annotations, unit: "ms", label: scenario }, [1]);
    const ordered = inTableOrder([
      metric("tag", "app", 10),
      metric("open", "prosemirror", 0),
      metric("open", "app", 10),
      metric("open", "app", 1),
    ]);
    expect(ordered.map((m) => m.id)).toEqual([
      "open/app/1",
      "open/app/10",
      "open/prosemirror/0",
      "tag/app/10",
    ]);
  });
});

describe("validateResults", () => {
  const good = () => JSON.parse(JSON.stringify(buildResults(smallRun())));

  it("names the field that has the wrong shape", () => {
    const bad = good();
    bad.machine.cpuCount = "two";
    const result = validateResults(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join("\n")).toContain("machine.cpuCount");
  });

  it("refuses a summary that does not match its samples", () => {
    const bad = good();
    bad.metrics[0].summary.median += 1;
    const result = validateResults(bad);
    expect(result.ok ? [] : result.errors).toEqual([
      `${bad.metrics[0].id}: summary does not match its samples`,
    ]);
  });

  it("refuses the same figure twice and an unavailable figure with samples", () => {
    const bad = good();
    bad.metrics.push(bad.metrics[0]);
    const unavailable = bad.metrics.find((m: Metric) => m.status === "not-available");
    unavailable.samples = [1];
    const result = validateResults(bad);
    expect(result.ok ? [] : result.errors).toEqual([
      "import/app/200: not available but has figures",
      `${bad.metrics[0].id}: listed twice`,
    ]);
  });
});
