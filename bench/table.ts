import { HEADLINE } from "./definitions";
import { ARTICLE_LABELS, type Metric, type Results, type TargetCheck } from "./results";

/** Readable figures: two decimals under 10, one under 100, whole numbers with thousands separators above. */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs < 10) return value.toFixed(2);
  if (abs < 100) return value.toFixed(1);
  return Math.round(value).toLocaleString("en-US");
}

function withUnit(value: number, unit: Metric["unit"]): string {
  if (unit === "%") return `${formatNumber(value)}%`;
  if (unit === "frames") return String(Math.round(value));
  return `${formatNumber(value)} ${unit}`;
}

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

const count = (n: number | null) => (n === null ? "" : n.toLocaleString("en-US"));

/** One row per figure, in the order given; notes (what a figure means, why one is missing) below. */
export function formatMetricsTable(metrics: readonly Metric[]): string {
  const rows = metrics.map((m) => {
    const article = m.article ? ARTICLE_LABELS[m.article] : "";
    if (m.status === "not-available" || !m.summary) {
      return [m.label, m.subject, article, count(m.annotations), "0", "not measured", "", "", ""];
    }
    const { n, min, median, p95, max } = m.summary;
    return [
      m.label,
      m.subject,
      article,
      count(m.annotations),
      String(n),
      withUnit(min, m.unit),
      withUnit(median, m.unit),
      withUnit(p95, m.unit),
      withUnit(max, m.unit),
    ];
  });
  const table = markdownTable(
    ["figure", "subject", "article", "annotations", "runs", "min", "median", "p95", "max"],
    rows,
  );
  const notes = metrics
    .filter((m) => m.note)
    .map((m) => {
      const at = [m.article ? ARTICLE_LABELS[m.article] : "", count(m.annotations)]
        .filter(Boolean)
        .join(", ");
      return `- ${m.label} (${m.subject}${at ? `, ${at}` : ""}): ${m.note}`;
    });
  return notes.length > 0 ? `${table}\n\n${notes.join("\n")}` : table;
}

/**
 * The overview: one row per figure and subject, one column per text and size, each cell the figure's
 * headline statistic (see HEADLINE), named in the row. Figures with no text (the bundle) get a column
 * of their own; `libraryLabel` heads the library's column.
 */
export function formatOverview(metrics: readonly Metric[], libraryLabel = "library"): string {
  const columnOf = (m: Metric) => (m.article === null ? "-" : `${m.article}/${m.annotations ?? "-"}`);
  const columns: { key: string; title: string }[] = [];
  for (const m of metrics) {
    const key = columnOf(m);
    if (columns.some((c) => c.key === key)) continue;
    const title =
      m.article === null
        ? "build"
        : m.article === "library"
          ? libraryLabel
          : `${ARTICLE_LABELS[m.article]} · ${count(m.annotations)}`;
    columns.push({ key, title });
  }
  const order = (key: string) => {
    const [article, annotations] = key.split("/");
    const a = ["1mb", "5mb", "1mb-one-line", "library", "-"].indexOf(article ?? "-");
    return a * 1e9 + Number(annotations === "-" || annotations === undefined ? 0 : annotations);
  };
  columns.sort((a, b) => order(a.key) - order(b.key));
  const rows: string[][] = [];
  const rowIndex = new Map<string, string[]>();
  for (const m of metrics) {
    const rowKey = `${m.scenario}/${m.subject}`;
    let row = rowIndex.get(rowKey);
    if (!row) {
      row = [`${m.label} (${HEADLINE[m.scenario]})`, m.subject, ...columns.map(() => "")];
      rowIndex.set(rowKey, row);
      rows.push(row);
    }
    const cell = 2 + columns.findIndex((c) => c.key === columnOf(m));
    row[cell] =
      m.status === "measured" && m.summary
        ? withUnit(m.summary[HEADLINE[m.scenario]], m.unit)
        : "not measured";
  }
  return markdownTable(["figure (statistic)", "subject", ...columns.map((c) => c.title)], rows);
}

export function formatTargetsTable(targets: readonly TargetCheck[]): string {
  const verdict = (met: boolean | null) => (met === null ? "not measured" : met ? "met" : "NOT MET");
  return markdownTable(
    ["target", "figure", "limit", "verdict"],
    targets.map((t) => [t.description, t.figure, t.limit, verdict(t.met)]),
  );
}

/** The header line naming the machine, its load and the browser, then the overview, targets and every figure. */
export function formatReport(results: Results): string {
  const { machine, browser, latest } = results;
  const load = `load average ${machine.loadAverage.atStart.toFixed(2)} → ${machine.loadAverage.atEnd.toFixed(2)}`;
  const library = `library · ${results.config.library.articles.toLocaleString("en-US")} articles`;
  return [
    `${machine.cpuModel} × ${machine.cpuCount}, ${machine.platform}, node ${machine.node}; ${browser.name} ${browser.version}; ${results.createdAt}; ${load}; ${Math.round(results.durationSeconds)} s`,
    latest.written ? "" : `Not written to latest.json: ${latest.reason ?? ""}.`,
    "",
    formatOverview(results.metrics, library),
    "",
    formatTargetsTable(results.targets),
    "",
    formatMetricsTable(results.metrics),
  ].join("\n");
}
