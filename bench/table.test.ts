import { describe, expect, it } from "vitest";
import { measuredMetric, unavailableMetric } from "./results";
import { formatMetricsTable, formatNumber, formatOverview, formatTargetsTable } from "./table";

describe("formatNumber", () => {
  it("keeps two decimals under 10, one under 100, none above, with thousands separators", () => {
    expect(formatNumber(4.567)).toBe("4.57");
    expect(formatNumber(16)).toBe("16.0");
    expect(formatNumber(512.4)).toBe("512");
    expect(formatNumber(34_392.2)).toBe("34,392");
  });
});

const tag = (annotations: number, samples: number[], article: "1mb" | "5mb" = "1mb") =>
  measuredMetric(
    { scenario: "tag", subject: "app", article, annotations, unit: "ms", label: "tag" },
    samples,
  );
const frames = measuredMetric(
  {
    scenario: "scroll-over-50",
    subject: "app",
    article: "1mb",
    annotations: 1_000,
    unit: "frames",
    label: "frames over 50 ms",
    note: "890 frames",
  },
  [2, 3],
);
const skipped = unavailableMetric({
  scenario: "tag",
  subject: "text-annotator",
  article: "1mb",
  annotations: 100_000,
  unit: "ms",
  label: "tag",
  note: "takes minutes",
});

describe("formatMetricsTable", () => {
  it("writes one aligned Markdown row per figure and the notes below", () => {
    expect(formatMetricsTable([tag(10_000, [4, 2, 3]), frames, skipped])).toBe(
      [
        "| figure            | subject        | article | annotations | runs | min          | median  | p95     | max     |",
        "| ----------------- | -------------- | ------- | ----------- | ---- | ------------ | ------- | ------- | ------- |",
        "| tag               | app            | 1 MB    | 10,000      | 3    | 2.00 ms      | 3.00 ms | 3.90 ms | 4.00 ms |",
        "| frames over 50 ms | app            | 1 MB    | 1,000       | 2    | 2            | 3       | 3       | 3       |",
        "| tag               | text-annotator | 1 MB    | 100,000     | 0    | not measured |         |         |         |",
        "",
        "- frames over 50 ms (app, 1 MB, 1,000): 890 frames",
        "- tag (text-annotator, 1 MB, 100,000): takes minutes",
      ].join("\n"),
    );
  });
});

describe("formatOverview", () => {
  it("shows each figure's headline statistic by text and size, in order of size", () => {
    const js = measuredMetric(
      { scenario: "js-size", subject: "app", article: null, annotations: null, unit: "KB", label: "JS" },
      [250],
    );
    expect(
      formatOverview([
        tag(10_000, [4, 2, 3]),
        tag(10_000, [9], "5mb"),
        tag(1_000, [1, 2]),
        frames,
        skipped,
        js,
      ]),
    ).toBe(
      [
        "| figure (statistic)      | subject        | 1 MB · 1,000 | 1 MB · 10,000 | 1 MB · 100,000 | 5 MB · 10,000 | build  |",
        "| ----------------------- | -------------- | ------------ | ------------- | -------------- | ------------- | ------ |",
        "| tag (p95)               | app            | 1.95 ms      | 3.90 ms       |                | 9.00 ms       |        |",
        "| frames over 50 ms (max) | app            | 3            |               |                |               |        |",
        "| tag (p95)               | text-annotator |              |               | not measured   |               |        |",
        "| JS (median)             | app            |              |               |                |               | 250 KB |",
      ].join("\n"),
    );
  });
});

describe("formatTargetsTable", () => {
  it("says met, NOT MET, or not measured", () => {
    expect(
      formatTargetsTable([
        { id: "a", description: "open", figure: "400 ms", limit: "≤ 500 ms", met: true },
        { id: "b", description: "tag", figure: "40.0 ms", limit: "≤ 16.0 ms", met: false },
        { id: "c", description: "import", figure: "not available", limit: "≤ 1,000 ms", met: null },
      ]),
    ).toBe(
      [
        "| target | figure        | limit      | verdict      |",
        "| ------ | ------------- | ---------- | ------------ |",
        "| open   | 400 ms        | ≤ 500 ms   | met          |",
        "| tag    | 40.0 ms       | ≤ 16.0 ms  | NOT MET      |",
        "| import | not available | ≤ 1,000 ms | not measured |",
      ].join("\n"),
    );
  });
});
