import { describe, expect, it } from "vitest";
import {
  type ArticleKey,
  type Metric,
  measuredMetric,
  type Scenario,
  type Subject,
  unavailableMetric,
} from "./results";
import { checkTargets } from "./targets";

const m = (
  scenario: Scenario,
  subject: Subject,
  annotations: number,
  samples: number[],
  article: ArticleKey = "1mb",
): Metric =>
  measuredMetric(
    {
      scenario,
      subject,
      article,
      annotations,
      unit: scenario === "scroll-long-frames" ? "%" : "ms",
      label: scenario,
    },
    samples,
  );

describe("checkTargets", () => {
  const metrics = [
    m("open-text", "app", 30_000, [300, 320, 340]),
    m("open-text", "prosemirror", 30_000, [310, 310, 310]),
    m("open-text", "app", 100_000, [900, 1000]),
    m("open-text", "prosemirror", 100_000, [500, 500]),
    m("open", "app", 10_000, [400, 420, 440]),
    m("open", "prosemirror", 10_000, [300, 300, 300]),
    m("open", "text-annotator", 10_000, [1000, 1000, 1000]),
    m("tag", "app", 10_000, [5, 6, 7]),
    m("tag", "app", 100_000, [5, 6, 30]),
    m("tag", "app", 10_000, [8, 8, 8], "5mb"),
    m("tag", "text-annotator", 10_000, [20, 20, 20]),
    m("tag-tasks", "app", 10_000, [0, 0, 60]),
    m("tag-tasks", "app", 100_000, [0, 140, 90]),
    m("retag", "app", 10_000, [5, 5, 5]),
    m("delete", "app", 10_000, [5, 5, 5]),
    m("scroll-longest-frame", "app", 10_000, [33.4, 50]),
    m("scroll-long-frames", "app", 10_000, [0.4]),
    m("export", "app", 10_000, [150]),
    m("import-preview", "app", 10_000, [300, 400, 500]),
    m("import", "app", 10_000, [500, 500, 500]),
    m("import", "dexie", 10_000, [500]),
    unavailableMetric({
      scenario: "open",
      subject: "text-annotator",
      article: "1mb",
      annotations: 100_000,
      unit: "ms",
      label: "open",
      note: "takes minutes",
    }),
    m("library-table", "app", 20_000, [700, 900], "library"),
  ];
  const byId = new Map(checkTargets(metrics).map((t) => [t.id, t]));

  it("compares the app's text first with plain ProseMirror's at 30,000 and 100,000", () => {
    expect(byId.get("open-text-vs-prosemirror-30000")).toMatchObject({
      figure: "1.03×",
      limit: "≤ 1×",
      met: false,
    });
    expect(byId.get("open-text-vs-prosemirror-100000")).toMatchObject({ figure: "1.90×", met: false });
  });

  it("judges openings by their median, against the limit and the baselines", () => {
    expect(byId.get("open")).toMatchObject({ figure: "420 ms", met: true });
    expect(byId.get("open-vs-prosemirror")).toMatchObject({ figure: "1.40×", limit: "≤ 1.5×", met: true });
    expect(byId.get("open-vs-text-annotator")).toMatchObject({ figure: "2.38×", limit: "≥ 2×", met: true });
  });

  it("judges edits by their worst p95 over every article and size, and names where", () => {
    expect(byId.get("tag")).toMatchObject({
      figure: "27.6 ms (1 MB, 100,000)",
      limit: "≤ 16.0 ms",
      met: false,
    });
    expect(byId.get("retag")).toMatchObject({ figure: "5.00 ms (1 MB, 10,000)", met: true });
    expect(byId.get("tag-vs-text-annotator")).toMatchObject({ figure: "3.33×", met: true });
  });

  it("misses the goal when any task after an edit passes 100 ms", () => {
    expect(byId.get("tag-tasks")).toMatchObject({
      figure: "140 ms (1 MB, 100,000)",
      limit: "≤ 100 ms",
      met: false,
    });
    const quiet = checkTargets(
      metrics.filter((x) => !(x.scenario === "tag-tasks" && x.annotations === 100_000)),
    );
    expect(quiet.find((t) => t.id === "tag-tasks")).toMatchObject({
      figure: "60.0 ms (1 MB, 10,000)",
      met: true,
    });
  });

  it("adds the import's two stages and compares them with the raw write", () => {
    expect(byId.get("import")).toMatchObject({ figure: "900 ms", limit: "≤ 1,000 ms", met: true });
    expect(byId.get("import-vs-raw")).toMatchObject({ figure: "1.80×", met: true });
  });

  it("misses a baseline ratio that falls short of its floor", () => {
    const fast = checkTargets(
      metrics.map((x) =>
        x.id === "tag/text-annotator/1mb/10000" ? m("tag", "text-annotator", 10_000, [8]) : x,
      ),
    );
    expect(fast.find((t) => t.id === "tag-vs-text-annotator")).toMatchObject({ figure: "1.33×", met: false });
  });

  it("leaves targets whose figure was not measured unjudged", () => {
    expect(byId.get("delete-tasks")).toMatchObject({ figure: "not available", met: null });
    expect(byId.get("import-tasks")?.met).toBeNull();
    expect(byId.get("scroll")?.met).toBe(true);
    expect(byId.get("scroll-longest-frame")).toMatchObject({ figure: "50.0 ms (1 MB, 10,000)", met: true });
    expect(byId.get("library")).toMatchObject({ figure: "800 ms (library, 20,000)", met: true });
  });
});
