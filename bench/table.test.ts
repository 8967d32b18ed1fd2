import { describe, expect, it } from "vitest";
import { measuredMetric, unavailableMetric } from "./results";
import { formatMetricsTable, formatNumber, formatTargetsTable } from "./table";

describe("formatNumber", () => {
  it("keeps two decimals under 10, one under 100, none above, with thousands separators", () => {
    expect(formatNumber(4.567)).toBe("4.57");
    expect(formatNumber(16)).toBe("16.0");
    expect(formatNumber(512.4)).toBe("512");
    expect(formatNumber(34_392.2)).toBe("34,392");
  });
});

describe("formatMetricsTable", () => {
  it("writes one aligned Markdown row per figure and the notes below", () => {
    const table = formatMetricsTable([
      measuredMetric(
        { scenario: "tag", subject: "app", annotations: 10_000, unit: "ms", label: "tag" },
        [4, 2, 3],
      ),
      measuredMetric(
        {
          scenario: "scroll",
          subject: "app",
          annotations: 0,
          unit: "%",
          label: "scroll",
          note: "890 frames",
        },
        [0.5],
      ),
      unavailableMetric({
        scenario: "import",
        subject: "app",
        annotations: 10_000,
        unit: "ms",
        label: "import",
        note: "not built yet",
      }),
    ]);
    expect(table).toBe(
      [
        "| figure | subject | annotations | runs | min               | median  | p95     |",
        "| ------ | ------- | ----------- | ---- | ----------------- | ------- | ------- |",
        "| tag    | app     | 10,000      | 3    | 2.00 ms           | 3.00 ms | 3.90 ms |",
        "| scroll | app     | 0           | 1    | 0.50%             | 0.50%   | 0.50%   |",
        "| import | app     | 10,000      | 0    | not available yet |         |         |",
        "",
        "- scroll (app, 0 annotations): 890 frames",
        "- import (app, 10,000 annotations): not built yet",
      ].join("\n"),
    );
  });
});

describe("formatTargetsTable", () => {
  it("says met, MISSED, or not measurable yet", () => {
    expect(
      formatTargetsTable([
        { id: "a", description: "open", figure: "400 ms", limit: "≤ 500 ms", met: true },
        { id: "b", description: "tag", figure: "40.0 ms", limit: "≤ 16.0 ms", met: false },
        { id: "c", description: "import", figure: "not available", limit: "≤ 1,000 ms", met: null },
      ]),
    ).toBe(
      [
        "| target | figure        | limit      | verdict            |",
        "| ------ | ------------- | ---------- | ------------------ |",
        "| open   | 400 ms        | ≤ 500 ms   | met                |",
        "| tag    | 40.0 ms       | ≤ 16.0 ms  | MISSED             |",
        "| import | not available | ≤ 1,000 ms | not measurable yet |",
      ].join("\n"),
    );
  });
});
