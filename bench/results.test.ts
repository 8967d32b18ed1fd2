import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateSpeakers } from "./annotationSet";
import { seedParagraphs } from "./article";
import { buildArticle } from "./fixture";
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
import { TASK_LIMIT_MS } from "./targets";

const articlesDir = new URL("../articles/", import.meta.url);
const seedTexts = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => readFileSync(new URL(name, articlesDir), "utf8"));

/** A small run without a browser: a real fixture, and samples where the browser would measure. */
function smallRun(): ReportInput {
  const bench = buildArticle(
    seedParagraphs(seedTexts),
    { key: "1mb", bytes: 40_000, layout: "paragraphs", sizes: [50, 200] },
    { seed: 1, outsideBmpEvery: 40, speakers: generateSpeakers(1) },
  );
  const random = seededRandom(2);
  const samples = (n: number, scale: number) =>
    Array.from({ length: n }, () => scale * (0.5 + random.next()));
  const metrics: Metric[] = [];
  for (const [count] of bench.sets) {
    for (const scenario of [
      "open-text",
      "open",
      "heap-open",
      "tag",
      "tag-tasks",
      "retag",
      "delete",
    ] as const) {
      metrics.push(
        measuredMetric(
          {
            scenario,
            subject: "app",
            article: "1mb",
            annotations: count,
            unit: scenario === "heap-open" ? "MB" : "ms",
            label: scenario,
          },
          samples(5, 20),
        ),
      );
    }
  }
  metrics.push(
    unavailableMetric({
      scenario: "open",
      subject: "text-annotator",
      article: "1mb",
      annotations: 200,
      unit: "ms",
      label: "open",
      note: "takes minutes",
    }),
    measuredMetric(
      {
        scenario: "scroll-over-100",
        subject: "app",
        article: "5mb",
        annotations: 200,
        unit: "frames",
        label: "frames over 100 ms",
      },
      [0, 2],
    ),
    measuredMetric(
      { scenario: "js-size", subject: "app", article: null, annotations: null, unit: "KB", label: "JS" },
      [185],
    ),
  );
  return {
    createdAt: new Date("2026-11-25T10:00:00.000Z"),
    durationSeconds: 1.23,
    machine: machineInfo(),
    latest: { maxLoad: 1.5, written: false, reason: "the 1-minute load average was 3.00 at the start" },
    browser: {
      name: "chromium",
      version: "156.0",
      executablePath: "/usr/bin/chromium",
      args: [],
      viewport: { width: 1280, height: 800 },
    },
    config: {
      seed: 1,
      articles: [
        {
          key: bench.key,
          utf8Bytes: bench.utf8Bytes,
          codePoints: bench.codePoints,
          outsideBmp: bench.outsideBmp,
          paragraphs: bench.paragraphs,
          annotationSets: [...bench.sets.keys()],
        },
      ],
      library: { articles: 1000, annotations: 20_000, utf8Bytes: 5_000_000 },
      runs: { open: 5 },
      notes: ["a small run"],
    },
    metrics,
  };
}

describe("a small benchmark run", () => {
  it("produces well-formed results that survive JSON and read as tables", () => {
    const results = buildResults(smallRun());
    const reread = validateResults(JSON.parse(JSON.stringify(results)));
    expect(reread.ok).toBe(true);
    expect(results.machine.cpuCount).toBeGreaterThan(0);
    expect(results.targets.find((t) => t.id === "import")?.met).toBeNull();
    expect(results.targets.find((t) => t.id === "tag-tasks")?.limit).toBe(`≤ ${TASK_LIMIT_MS} ms`);
    const report = formatReport(results);
    expect(report).toContain("Not written to latest.json: the 1-minute load average was 3.00 at the start.");
    expect(report).toContain("| 1 MB · 50 ");
    expect(report).toContain("not measured");
    const rows = report.split("\n").filter((line) => line.startsWith("| "));
    // The overview (10 figures and subjects), the targets, and every figure: each table with its two header lines.
    expect(rows.length).toBe(2 + 10 + 2 + results.targets.length + 2 + results.metrics.length);
  });

  it("knows every scenario it measures", () => {
    expect(new Set(smallRun().metrics.map((m) => m.scenario)).size).toBeLessThanOrEqual(SCENARIOS.length);
  });
});

describe("inTableOrder", () => {
  it("orders by scenario, then subject, then article, then annotation count", () => {
    const metric = (
      scenario: "open" | "tag",
      subject: "app" | "prosemirror",
      annotations: number,
      article: "1mb" | "5mb" = "1mb",
    ) => measuredMetric({ scenario, subject, article, annotations, unit: "ms", label: scenario }, [1]);
    const ordered = inTableOrder([
      metric("tag", "app", 10),
      metric("open", "prosemirror", 10),
      metric("open", "app", 10, "5mb"),
      metric("open", "app", 10),
      metric("open", "app", 1),
    ]);
    expect(ordered.map((m) => m.id)).toEqual([
      "open/app/1mb/1",
      "open/app/1mb/10",
      "open/app/5mb/10",
      "open/prosemirror/1mb/10",
      "tag/app/1mb/10",
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
      "open/text-annotator/1mb/200: not available but has figures",
      `${bad.metrics[0].id}: listed twice`,
    ]);
  });
});
