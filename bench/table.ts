import type { Metric, Results, TargetCheck } from "./results";

/** Readable figures: two decimals under 10, one under 100, whole numbers with thousands separators above. */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs < 10) return value.toFixed(2);
  if (abs < 100) return value.toFixed(1);
  return Math.round(value).toLocaleString("en-US");
}

function withUnit(value: number, unit: Metric["unit"]): string {
  return unit === "%" ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`;
}

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** One row per figure, in the order measured; notes (what a figure means, why one is missing) below. */
export function formatMetricsTable(metrics: readonly Metric[]): string {
  const rows = metrics.map((m) => {
    const count = m.annotations === null ? "" : m.annotations.toLocaleString("en-US");
    if (m.status === "not-available" || !m.summary) {
      return [m.label, m.subject, count, "0", "not available yet", "", ""];
    }
    const { n, min, median, p95 } = m.summary;
    return [
      m.label,
      m.subject,
      count,
      String(n),
      withUnit(min, m.unit),
      withUnit(median, m.unit),
      withUnit(p95, m.unit),
    ];
  });
  const table = markdownTable(["figure", "subject", "annotations", "runs", "min", "median", "p95"], rows);
  const notes = metrics
    .filter((m) => m.note)
    .map((m) => {
      const count = m.annotations === null ? "" : `, ${m.annotations.toLocaleString("en-US")} annotations`;
      return `- ${m.label} (${m.subject}${count}): ${m.note}`;
    });
  return notes.length > 0 ? `${table}\n\n${notes.join("\n")}` : table;
}

export function formatTargetsTable(targets: readonly TargetCheck[]): string {
  const verdict = (met: boolean | null) => (met === null ? "not measurable yet" : met ? "met" : "MISSED");
  return markdownTable(
    ["target", "figure", "limit", "verdict"],
    targets.map((t) => [t.description, t.figure, t.limit, verdict(t.met)]),
  );
}

/** The header line naming the machine and browser, then both tables. */
export function formatReport(results: Results): string {
  const { machine, browser } = results;
  return [
    `${machine.cpuModel} × ${machine.cpuCount}, ${machine.platform}, node ${machine.node}; ${browser.name} ${browser.version}; ${results.createdAt}; load average ${machine.loadAverage.atStart.toFixed(2)} → ${machine.loadAverage.atEnd.toFixed(2)}`,
    "",
    formatMetricsTable(results.metrics),
    "",
    formatTargetsTable(results.targets),
  ].join("\n");
}
