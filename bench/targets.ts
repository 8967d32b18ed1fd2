import { type Metric, metricId, type Scenario, type Subject, type TargetCheck } from "./results";
import { formatNumber } from "./table";

/**
 * The targets of issue 6 (Chromium on a 2-core machine, 1 MB article, 10,000 annotations), checked
 * against one run's figures. Opening and exporting are judged by their median, edits by their p95,
 * as the issue words them; a target whose figure could not be measured is neither met nor missed.
 */
export const TARGET_ANNOTATIONS = 10_000;

type Statistic = "median" | "p95";

export function checkTargets(metrics: readonly Metric[], annotations = TARGET_ANNOTATIONS): TargetCheck[] {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const figure = (
    scenario: Scenario,
    subject: Subject,
    stat: Statistic,
    count: number | null = annotations,
  ) => {
    const metric = byId.get(metricId(scenario, subject, count));
    return metric?.status === "measured" && metric.summary ? metric.summary[stat] : null;
  };

  const check = (
    id: string,
    description: string,
    value: number | null,
    bound: "≤" | "≥",
    limit: number,
    show: { figure: (value: number) => string; limit: string },
  ): TargetCheck => ({
    id,
    description,
    figure: value === null ? "not available" : show.figure(value),
    limit: `${bound} ${show.limit}`,
    met: value === null ? null : bound === "≤" ? value <= limit : value >= limit,
  });
  const atMost = (id: string, description: string, value: number | null, limit: number, unit: string) =>
    check(id, description, value, "≤", limit, {
      figure: (v) => `${formatNumber(v)} ${unit}`,
      limit: `${formatNumber(limit)} ${unit}`,
    });
  const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b);
  const ratioCheck = (
    id: string,
    description: string,
    value: number | null,
    bound: "≤" | "≥",
    limit: number,
  ) => check(id, description, value, bound, limit, { figure: (v) => `${v.toFixed(2)}×`, limit: `${limit}×` });

  const openApp = figure("open", "app", "median");
  const tagApp = figure("tag", "app", "median");
  return [
    ratioCheck(
      "open-vs-prosemirror",
      "open: app ÷ plain ProseMirror (median)",
      ratio(openApp, figure("open", "prosemirror", "median", 0)),
      "≤",
      1.5,
    ),
    atMost("open", "open (median)", openApp, 500, "ms"),
    atMost("tag", "tag: key → highlight in DOM (p95)", figure("tag", "app", "p95"), 16, "ms"),
    atMost("delete", "delete: key → highlight gone (p95)", figure("delete", "app", "p95"), 16, "ms"),
    atMost("retag", "retag: change → highlight redrawn (p95)", figure("retag", "app", "p95"), 16, "ms"),
    atMost("export", "export (median)", figure("export", "app", "median"), 200, "ms"),
    atMost("import", "import (median)", figure("import", "app", "median"), 1000, "ms"),
    ratioCheck(
      "import-vs-bulkput",
      "import ÷ raw Dexie bulkPut (median)",
      ratio(figure("import", "app", "median"), figure("import", "dexie", "median")),
      "≤",
      2,
    ),
    atMost("scroll", "scroll: long frames (median of runs)", figure("scroll", "app", "median"), 1, "%"),
    ratioCheck(
      "open-vs-text-annotator",
      "open: text-annotator ÷ app (median)",
      ratio(figure("open", "text-annotator", "median"), openApp),
      "≥",
      2,
    ),
    ratioCheck(
      "tag-vs-text-annotator",
      "tag: text-annotator ÷ app (median)",
      ratio(figure("tag", "text-annotator", "median"), tagApp),
      "≥",
      2,
    ),
  ];
}
