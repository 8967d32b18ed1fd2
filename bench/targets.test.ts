import { describe, expect, it } from "vitest";
import { type Metric, measuredMetric, type Scenario, type Subject, unavailableMetric } from "./results";
import { checkTargets } from "./targets";

const m = (scenario: Scenario, subject: Subject, annotations: number, samples: number[]): Metric =>
  measuredMetric(
    { scenario, subject, annotations, unit: scenario === "scroll" ? "%" : "ms", label: scenario },
    samples,
  );

describe("checkTargets", () => {
  const metrics = [
    m("open", "app", 10_000, [400, 420, 440]),
    m("open", "prosemirror", 0, [300, 300, 300]),
    m("open", "text-annotator", 10_000, [1000, 1000, 1000]),
    m("tag", "app", 10_000, [5, 6, 30]),
    m("tag", "text-annotator", 10_000, [20, 20, 20]),
    m("retag", "app", 10_000, [5, 5, 5]),
    m("delete", "app", 10_000, [5, 5, 5]),
    m("scroll", "app", 10_000, [0.4]),
    m("export", "app", 10_000, [150]),
    unavailableMetric({
      scenario: "import",
      subject: "app",
      annotations: 10_000,
      unit: "ms",
      label: "import",
      note: "not yet",
    }),
    m("import", "dexie", 10_000, [500]),
  ];
  const byId = new Map(checkTargets(metrics).map((t) => [t.id, t]));

  it("judges openings by their median, against the limit and the baselines", () => {
    expect(byId.get("open")).toMatchObject({ figure: "420 ms", met: true });
    expect(byId.get("open-vs-prosemirror")).toMatchObject({ figure: "1.40×", limit: "≤ 1.5×", met: true });
    expect(byId.get("open-vs-text-annotator")).toMatchObject({ figure: "2.38×", limit: "≥ 2×", met: true });
  });

  it("judges edits by their p95", () => {
    expect(byId.get("tag")).toMatchObject({ figure: "27.6 ms", limit: "≤ 16.0 ms", met: false });
    expect(byId.get("retag")?.met).toBe(true);
    expect(byId.get("tag-vs-text-annotator")).toMatchObject({ figure: "3.33×", met: true });
  });

  it("misses a baseline ratio that falls short of its floor", () => {
    const slow = checkTargets([...metrics, m("tag", "text-annotator", 10_000, [8, 8, 8])]);
    expect(slow.find((t) => t.id === "tag-vs-text-annotator")).toMatchObject({ figure: "1.33×", met: false });
  });

  it("leaves targets whose figure is not available unjudged", () => {
    expect(byId.get("import")).toMatchObject({ figure: "not available", limit: "≤ 1,000 ms", met: null });
    expect(byId.get("import-vs-bulkput")?.met).toBeNull();
    expect(byId.get("scroll")?.met).toBe(true);
    expect(byId.get("export")?.met).toBe(true);
  });
});
