import { labelOf } from "../definitions";
import type { FrameStats } from "../frames";
import {
  type ArticleKey,
  type Metric,
  type MetricFields,
  measuredMetric,
  type Scenario,
  type Subject,
  unavailableMetric,
} from "../results";
import type { EditSample } from "../scenarios/edits";
import { summarize } from "../stats";

export type Brief = (samples: readonly number[], unit?: string) => string;

/** A log line's summary of samples: their median and count. */
export const brief: Brief = (samples, unit = "ms") =>
  samples.length === 0
    ? "none"
    : `median ${summarize(samples).median.toFixed(1)} ${unit}, max ${summarize(samples).max.toFixed(1)} (n=${samples.length})`;

/** The figures of one article at one size (or of the library, or of no text), as they are measured. */
export class MetricsOf {
  readonly metrics: Metric[] = [];

  constructor(
    private readonly article: ArticleKey | null,
    private readonly annotations: number | null,
  ) {}

  private fields(scenario: Scenario, subject: Subject, unit: Metric["unit"], note?: string): MetricFields {
    return {
      scenario,
      subject,
      article: this.article,
      annotations: this.annotations,
      unit,
      label: labelOf(scenario, subject),
      ...(note ? { note } : {}),
    };
  }

  add(
    scenario: Scenario,
    subject: Subject,
    unit: Metric["unit"],
    samples: readonly number[],
    note?: string,
  ): void {
    this.metrics.push(measuredMetric(this.fields(scenario, subject, unit, note), samples));
  }

  /** Edits to the drawn frame, the longest tasks after them, and before a tag, the drag's. */
  edits(
    subject: Subject,
    figures: { tag?: EditSample[]; retag?: EditSample[]; delete?: EditSample[] },
  ): void {
    for (const kind of ["tag", "retag", "delete"] as const) {
      const samples = figures[kind];
      if (!samples || samples.length === 0) continue;
      const toDom = summarize(samples.map((s) => s.domMs));
      this.add(
        kind,
        subject,
        "ms",
        samples.map((s) => s.drawnMs),
        `to the DOM change alone: median ${toDom.median.toFixed(1)} ms, p95 ${toDom.p95.toFixed(1)} ms`,
      );
      this.add(
        `${kind}-tasks`,
        subject,
        "ms",
        samples.map((s) => s.longestTaskMs),
      );
      if (kind === "tag") {
        const select = samples.flatMap((s) =>
          s.selectLongestTaskMs === undefined ? [] : [s.selectLongestTaskMs],
        );
        if (select.length > 0) this.add("select-tasks", subject, "ms", select);
      }
    }
  }

  /** Per run of scrolling: the longest frame, the frames over 50 and 100 ms, the share over 25 ms. */
  scroll(subject: Subject, runs: readonly (FrameStats & { scrolled: number })[]): void {
    const partly = runs.filter((r) => r.scrolled < 0.99);
    const note = `${runs.map((r) => r.frames).join(", ")} frames; 95th percentile frame interval ${runs.map((r) => r.p95Ms.toFixed(1)).join(", ")} ms${partly.length > 0 ? `; stopped at the time limit after ${partly.map((r) => `${Math.round(100 * r.scrolled)}%`).join(", ")} of the article` : ""}`;
    this.add(
      "scroll-longest-frame",
      subject,
      "ms",
      runs.map((r) => r.longestMs),
      note,
    );
    this.add(
      "scroll-over-50",
      subject,
      "frames",
      runs.map((r) => r.over50),
    );
    this.add(
      "scroll-over-100",
      subject,
      "frames",
      runs.map((r) => r.over100),
    );
    this.add(
      "scroll-long-frames",
      subject,
      "%",
      runs.map((r) => r.longPercent),
    );
  }

  /** text-annotator's figures above the size it is measured to, named and explained. */
  skipped(subject: Subject, upTo: number): void {
    const note = `not measured above ${upTo.toLocaleString("en-US")} annotations: opening 100,000 took text-annotator over a minute in a trial (one task of 55 s), too long to repeat`;
    for (const [scenario, unit] of [
      ["open-text", "ms"],
      ["open", "ms"],
      ["tag", "ms"],
      ["scroll-longest-frame", "ms"],
    ] as const) {
      this.metrics.push(unavailableMetric({ ...this.fields(scenario, subject, unit), note }));
    }
  }
}
