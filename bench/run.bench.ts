import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { test } from "@playwright/test";
import { BENCH_CONFIG, CHROMIUM_ARGS, CHROMIUM_PATH, QUICK } from "./config";
import { MEASUREMENT_NOTES } from "./definitions";
import type { EditLoop } from "./editLoop";
import { seededRandom } from "./random";
import { buildResults, machineInfo } from "./report";
import { inTableOrder, type Metric, measuredMetric, type Subject } from "./results";
import { bundleSize } from "./scenarios/bundleSize";
import { measureAppEdits, measureTextAnnotatorTags } from "./scenarios/edits";
import { measureExport, measureStoreWrites } from "./scenarios/exportImport";
import { measureHeap, measureOpens, type OpenVariant, openOnce } from "./scenarios/open";
import { measureScroll } from "./scenarios/scroll";
import { APP_DIST, openSession } from "./session";
import { summarize } from "./stats";
import { formatReport } from "./table";

// `npm run bench`: the whole benchmark as one long Playwright "test", so that TypeScript runs without a
// separate compiler. The npm script first builds the app into bench/.generated/app and the baseline
// pages into bench/.generated/baselines; this serves them on port 4180 and drives Chromium.

const RESULTS_DIR = new URL("./results/", import.meta.url).pathname;

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

const median = (xs: readonly number[]) => summarize(xs).median;
const brief = (xs: readonly number[], unit = "ms") =>
  `median ${median(xs).toFixed(1)} ${unit} (n=${xs.length})`;

test("benchmark", async () => {
  const started = new Date();
  const t0 = performance.now();
  const loadAtStart = loadavg()[0] ?? 0;
  const config = BENCH_CONFIG;
  const { runs } = config;
  const largest = Math.max(...config.annotationSets);
  const editLoop: EditLoop = { runs: runs.edits, budgetMs: config.editBudgetMs, minRuns: config.minEdits };

  log("generating the article and annotation sets, starting the server and Chromium");
  const session = await openSession();
  const { fixture, urls } = session;
  log(
    `article: ${fixture.utf8Bytes.toLocaleString("en-US")} bytes, ${fixture.paragraphs.toLocaleString("en-US")} paragraphs`,
  );
  const metrics: Metric[] = [];
  const add = (...m: Metric[]) => metrics.push(...m);
  const random = seededRandom(config.seed + 100);
  const checkErrors = () => {
    if (session.errors.length > 0) throw new Error(`errors in the pages:\n${session.errors.join("\n")}`);
  };

  let exportFile = "";
  try {
    for (const count of config.annotationSets) {
      const { context, page } = await session.seededPage(count);
      log(`${count} annotations stored`);
      const at = (subject: Subject) => (subject === "prosemirror" ? 0 : count);

      // Plain ProseMirror has no annotations: measured once, beside the largest set.
      const variants: OpenVariant[] = [
        { subject: "app", url: urls.app },
        { subject: "text-annotator", url: urls["text-annotator"] },
        ...(count === largest ? [{ subject: "prosemirror" as const, url: urls.prosemirror }] : []),
      ];
      const opens = await measureOpens(page, variants, {
        runs: runs.open,
        warmups: config.warmups,
        quietMs: config.quietMs,
      });
      for (const [subject, f] of opens) {
        log(`${count} open ${subject}: ${brief(f.interactive)}; first highlight ${brief(f.drawn)}`);
        const annotations = at(subject);
        add(
          measuredMetric(
            { scenario: "open", subject, annotations, unit: "ms", label: "open (navigation → drawn, idle)" },
            f.interactive,
          ),
          measuredMetric(
            {
              scenario: "first-highlight",
              subject,
              annotations,
              unit: "ms",
              label: "open: first highlight in view in DOM",
            },
            f.drawn,
          ),
        );
      }
      checkErrors();

      // Scrolling the whole article takes a while: the baselines only beside the largest set.
      for (const variant of count === largest ? variants : variants.filter((v) => v.subject === "app")) {
        const scroll = await measureScroll(page, variant.url, {
          runs: runs.scroll,
          quietMs: config.quietMs,
          stepPx: config.scrollStepPx,
          longFrameMs: config.longFrameMs,
        });
        log(`${count} scroll ${variant.subject}: long frames ${brief(scroll.longFramePercent, "%")}`);
        add(
          measuredMetric(
            {
              scenario: "scroll",
              subject: variant.subject,
              annotations: at(variant.subject),
              unit: "%",
              label: "scroll: long frames",
              note: `${scroll.frames.join(", ")} frames; 95th percentile frame interval ${scroll.p95FrameMs.map((x) => x.toFixed(1)).join(", ")} ms`,
            },
            scroll.longFramePercent,
          ),
        );
      }
      checkErrors();

      await openOnce(page, urls.app, config.quietMs);
      const edits = await measureAppEdits(page, random, editLoop);
      log(
        `${count} app edits: tag ${brief(edits.tag)}, retag ${brief(edits.retag)}, delete ${brief(edits.delete)}`,
      );
      const edit = (scenario: "tag" | "retag" | "delete", label: string, samples: number[]) =>
        measuredMetric({ scenario, subject: "app", annotations: count, unit: "ms", label }, samples);
      add(
        edit("tag", "tag (key 1 → highlight in DOM)", edits.tag),
        edit("retag", "retag (Tag select → highlight redrawn)", edits.retag),
        edit("delete", "delete (Delete key → highlight gone)", edits.delete),
      );

      await openOnce(page, urls["text-annotator"], config.quietMs);
      const added = await measureTextAnnotatorTags(page, random, editLoop);
      log(`${count} text-annotator tags: ${brief(added)}`);
      add(
        measuredMetric(
          {
            scenario: "tag",
            subject: "text-annotator",
            annotations: count,
            unit: "ms",
            label: "tag (key 1 → highlight in DOM)",
          },
          added,
        ),
      );
      checkErrors();

      if (count === largest) {
        await openOnce(page, urls.app, config.quietMs);
        // The edits above left the article with their net change of annotations.
        const stored = count + edits.tag.length - edits.delete.length;
        const exported = await measureExport(page, runs.export, stored);
        exportFile = exported.fileText;
        log(`${count} export: ${brief(exported.samples)}`);
        add(
          measuredMetric(
            {
              scenario: "export",
              subject: "app",
              annotations: count,
              unit: "ms",
              label: "export JSON (click → file handed over)",
            },
            exported.samples,
          ),
        );
      }
      // Last: taking the heap attaches DevTools to the page, which slows it down afterwards.
      const heaps = await measureHeap(page, variants, { runs: runs.heap, quietMs: config.quietMs });
      for (const [subject, heapMb] of heaps) {
        log(`${count} heap ${subject}: ${brief(heapMb, "MB")}`);
        add(
          measuredMetric(
            {
              scenario: "heap",
              subject,
              annotations: at(subject),
              unit: "MB",
              label: "JS heap after opening (after GC)",
            },
            heapMb,
          ),
        );
      }
      checkErrors();
      await context.close();
    }

    // The import reads the file the app's own export wrote above.
    const context = await session.browser.newContext();
    const writes = await measureStoreWrites(await context.newPage(), urls.dexie, exportFile, {
      runs: runs.import,
      warmups: config.warmups,
    });
    await context.close();
    log(`store writes: import ${brief(writes.import.ms)}, bulkPut ${brief(writes.bulkPut)}`);
    add(
      measuredMetric(
        {
          scenario: "import",
          subject: "app",
          annotations: largest,
          unit: "ms",
          label: "import (export file → stored)",
          note: `the app's export file (${(exportFile.length / 1e6).toFixed(1)} MB) through parseAnnotationSet (read, check by schema and meaning) and applyImport (plan, write in one transaction) into an empty library; of which parsing and checking: median ${median(writes.import.parseMs).toFixed(0)} ms`,
        },
        writes.import.ms,
      ),
      measuredMetric(
        {
          scenario: "import",
          subject: "dexie",
          annotations: largest,
          unit: "ms",
          label: "raw Dexie bulkPut, same rows",
        },
        writes.bulkPut,
      ),
    );

    const size = await bundleSize(APP_DIST);
    log(`app bundle: JS ${size.jsGzipKb.toFixed(1)} kB gzipped, CSS ${size.cssGzipKb.toFixed(1)} kB gzipped`);
    add(
      measuredMetric(
        {
          scenario: "js-size",
          subject: "app",
          annotations: null,
          unit: "KB",
          label: "app JS, gzipped",
          note: `${size.jsKb.toFixed(1)} kB before gzip`,
        },
        [size.jsGzipKb],
      ),
      measuredMetric(
        {
          scenario: "css-size",
          subject: "app",
          annotations: null,
          unit: "KB",
          label: "app CSS, gzipped",
          note: `${size.cssKb.toFixed(1)} kB before gzip`,
        },
        [size.cssGzipKb],
      ),
    );

    const results = buildResults({
      createdAt: started,
      durationSeconds: (performance.now() - t0) / 1000,
      machine: machineInfo(loadAtStart),
      browser: {
        name: "chromium",
        version: session.browser.version(),
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
        viewport: config.viewport,
      },
      config: {
        seed: config.seed,
        article: {
          utf8Bytes: fixture.utf8Bytes,
          codePoints: fixture.codePoints,
          paragraphs: fixture.paragraphs,
        },
        annotationSets: [...config.annotationSets],
        runs: {
          ...runs,
          warmups: config.warmups,
          minEdits: config.minEdits,
          editBudgetSeconds: config.editBudgetMs / 1000,
        },
        notes: MEASUREMENT_NOTES,
      },
      metrics: inTableOrder(metrics),
    });
    mkdirSync(RESULTS_DIR, { recursive: true });
    const json = `${JSON.stringify(results, null, 2)}\n`;
    const name = `${QUICK ? "quick" : "run"}-${started.toISOString().replace(/[:.]/g, "-")}.json`;
    writeFileSync(`${RESULTS_DIR}${name}`, json);
    if (!QUICK) writeFileSync(`${RESULTS_DIR}latest.json`, json);
    console.log(`\n${formatReport(results)}\n`);
    log(
      `done in ${results.durationSeconds} s; written: bench/results/${name}${QUICK ? "" : " and bench/results/latest.json"}`,
    );
  } finally {
    await session.close();
  }
});
