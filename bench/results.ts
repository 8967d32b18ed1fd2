import { z } from "zod";
import { type Summary, summarize } from "./stats";

/**
 * The shape of `bench/results/*.json`. Every figure keeps its raw samples beside the summary, so a
 * later reader can recompute anything; the machine, its load and the browser are part of the file
 * because figures from different machines, or from a busy one, are not comparable.
 *
 * Version 2: every figure names its article (1 MB, 5 MB, 1 MB on one line, the library); edits are
 * timed to the drawn frame, with the longest task after them; scrolling is by mouse wheel; import goes
 * through the UI into an on-disk profile.
 */
export const SCENARIOS = [
  "open-text",
  "first-highlight",
  "open",
  "open-longest-task",
  "library-table",
  "heap-open",
  "heap-scrolled",
  "select-tasks",
  "tag",
  "tag-tasks",
  "retag",
  "retag-tasks",
  "delete",
  "delete-tasks",
  "scroll-longest-frame",
  "scroll-over-50",
  "scroll-over-100",
  "scroll-long-frames",
  "export",
  "import-preview",
  "import",
  "import-longest-task",
  "js-size",
  "css-size",
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const SUBJECTS = ["app", "prosemirror", "text-annotator", "dexie"] as const;
export type Subject = (typeof SUBJECTS)[number];

/** The texts measured: the generated article at 1 MB and 5 MB, 1 MB on one line, and a library. */
export const ARTICLES = ["1mb", "5mb", "1mb-one-line", "library"] as const;
export type ArticleKey = (typeof ARTICLES)[number];

export const ARTICLE_LABELS: Readonly<Record<ArticleKey, string>> = {
  "1mb": "1 MB",
  "5mb": "5 MB",
  "1mb-one-line": "1 MB, one line",
  library: "library",
};

const summarySchema = z.object({
  n: z.number().int().positive(),
  min: z.number(),
  median: z.number(),
  p95: z.number(),
  mean: z.number(),
  max: z.number(),
});

const metricSchema = z.object({
  id: z.string().min(1),
  scenario: z.enum(SCENARIOS),
  subject: z.enum(SUBJECTS),
  /** The text measured; null where it does not apply (bundle size). */
  article: z.enum(ARTICLES).nullable(),
  /** What is measured, in the reader's words. */
  label: z.string().min(1),
  /** Annotations stored when measured (in the library: of all its articles); null for the bundle size. */
  annotations: z.number().int().nonnegative().nullable(),
  unit: z.enum(["ms", "%", "MB", "KB", "frames"]),
  status: z.enum(["measured", "not-available"]),
  samples: z.array(z.number()),
  summary: summarySchema.nullable(),
  note: z.string().optional(),
});
export type Metric = z.infer<typeof metricSchema>;

const targetSchema = z.object({
  id: z.string().min(1),
  description: z.string().min(1),
  figure: z.string(),
  limit: z.string(),
  /** null when the figure could not be measured (a feature that does not exist yet). */
  met: z.boolean().nullable(),
});
export type TargetCheck = z.infer<typeof targetSchema>;

export const resultsSchema = z.object({
  format: z.literal("quote-annotator-bench"),
  version: z.literal(2),
  createdAt: z.iso.datetime(),
  durationSeconds: z.number().nonnegative(),
  machine: z.object({
    cpuModel: z.string(),
    cpuCount: z.number().int().positive(),
    totalMemoryMb: z.number().nonnegative(),
    platform: z.string(),
    node: z.string(),
    /** The 1-minute load average when the run started and ended: other work on the machine skews figures. */
    loadAverage: z.object({ atStart: z.number().nonnegative(), atEnd: z.number().nonnegative() }),
  }),
  /** Whether this run became latest.json, and why not (a quick run, a busy machine). */
  latest: z.object({
    maxLoad: z.number().positive(),
    written: z.boolean(),
    reason: z.string().optional(),
  }),
  browser: z.object({
    name: z.string(),
    version: z.string(),
    executablePath: z.string(),
    args: z.array(z.string()),
    viewport: z.object({ width: z.number().int().positive(), height: z.number().int().positive() }),
  }),
  config: z.object({
    seed: z.number().int(),
    articles: z.array(
      z.object({
        key: z.enum(ARTICLES),
        utf8Bytes: z.number().int().positive(),
        codePoints: z.number().int().positive(),
        /** Code points outside the BMP, sprinkled through the text. */
        outsideBmp: z.number().int().nonnegative(),
        paragraphs: z.number().int().positive(),
        annotationSets: z.array(z.number().int().positive()),
      }),
    ),
    library: z.object({
      articles: z.number().int().positive(),
      annotations: z.number().int().nonnegative(),
      utf8Bytes: z.number().int().positive(),
    }),
    runs: z.record(z.string(), z.number().int().nonnegative()),
    notes: z.array(z.string()),
  }),
  metrics: z.array(metricSchema),
  targets: z.array(targetSchema),
});
export type Results = z.infer<typeof resultsSchema>;

export function metricId(
  scenario: Scenario,
  subject: Subject,
  article: ArticleKey | null,
  annotations: number | null,
): string {
  return `${scenario}/${subject}/${article ?? "-"}/${annotations ?? "-"}`;
}

export type MetricFields = Pick<
  Metric,
  "scenario" | "subject" | "article" | "label" | "annotations" | "unit"
> & {
  note?: string;
};

export function measuredMetric(fields: MetricFields, samples: readonly number[]): Metric {
  return {
    id: metricId(fields.scenario, fields.subject, fields.article, fields.annotations),
    ...fields,
    status: "measured",
    samples: [...samples],
    summary: summarize(samples),
  };
}

/**
 * A figure that was not measured (a baseline skipped where it takes minutes), reported as such with the
 * reason instead of left out.
 */
export function unavailableMetric(fields: MetricFields & { note: string }): Metric {
  return {
    id: metricId(fields.scenario, fields.subject, fields.article, fields.annotations),
    ...fields,
    status: "not-available",
    samples: [],
    summary: null,
  };
}

/**
 * Table order: by scenario as SCENARIOS lists them, then subject as SUBJECTS does, then article as
 * ARTICLES does, then annotation count.
 */
export function inTableOrder(metrics: readonly Metric[]): Metric[] {
  const articleIndex = (m: Metric) => (m.article === null ? -1 : ARTICLES.indexOf(m.article));
  return [...metrics].sort(
    (a, b) =>
      SCENARIOS.indexOf(a.scenario) - SCENARIOS.indexOf(b.scenario) ||
      SUBJECTS.indexOf(a.subject) - SUBJECTS.indexOf(b.subject) ||
      articleIndex(a) - articleIndex(b) ||
      (a.annotations ?? 0) - (b.annotations ?? 0),
  );
}

export type Validation = { ok: true; results: Results } | { ok: false; errors: string[] };

/** Checks the shape and that every summary agrees with its samples. */
export function validateResults(value: unknown): Validation {
  const parsed = resultsSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`),
    };
  }
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const metric of parsed.data.metrics) {
    if (seen.has(metric.id)) errors.push(`${metric.id}: listed twice`);
    seen.add(metric.id);
    if (metric.status === "not-available") {
      if (metric.samples.length > 0 || metric.summary)
        errors.push(`${metric.id}: not available but has figures`);
      if (!metric.note) errors.push(`${metric.id}: not available without a reason`);
      continue;
    }
    if (!metric.summary || metric.samples.length === 0) {
      errors.push(`${metric.id}: measured but has no samples`);
      continue;
    }
    if (!sameSummary(metric.summary, summarize(metric.samples))) {
      errors.push(`${metric.id}: summary does not match its samples`);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, results: parsed.data };
}

function sameSummary(a: Summary, b: Summary): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  return (
    a.n === b.n &&
    close(a.min, b.min) &&
    close(a.median, b.median) &&
    close(a.p95, b.p95) &&
    close(a.mean, b.mean) &&
    close(a.max, b.max)
  );
}
