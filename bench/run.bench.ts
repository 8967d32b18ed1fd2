import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { test } from "@playwright/test";
import { BENCH_CONFIG, CHROMIUM_ARGS, CHROMIUM_PATH, QUICK, runsAt } from "./config";
import { MEASUREMENT_NOTES } from "./definitions";
import { latestDecision } from "./loadGuard";
import { measureArticle } from "./phases/articlePhase";
import { measureImports } from "./phases/importPhase";
import { measureLibrary } from "./phases/libraryPhase";
import { brief, MetricsOf } from "./phases/metricsOf";
import { seededRandom } from "./random";
import { buildResults, machineInfo } from "./report";
import { inTableOrder, type Metric } from "./results";
import { bundleSize } from "./scenarios/bundleSize";
import { APP_DIST, openSession } from "./session";
import { formatReport } from "./table";

// `npm run bench`: the whole benchmark as one long Playwright "test", so that TypeScript runs without a
// separate compiler. The npm script first builds the app into bench/.generated/app and the baseline
// pages into bench/.generated/baselines; this serves them (port 4180, or BENCH_PORT) and drives
// Chromium with a profile on disk.

const RESULTS_DIR = new URL("./results/", import.meta.url).pathname;
const load = () => loadavg()[0] ?? 0;

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

test("benchmark", async () => {
  test.setTimeout(60 * 60_000);
  const started = new Date();
  const t0 = performance.now();
  const loadAtStart = load();
  const config = BENCH_CONFIG;
  log(`load average ${loadAtStart.toFixed(2)}; generating the texts and annotation sets`);
  const session = await openSession();
  const { fixtures } = session;
  const metrics: Metric[] = [];
  const random = seededRandom(config.seed + 100);

  try {
    for (const bench of fixtures.articles) {
      log(
        `${bench.key}: ${bench.utf8Bytes.toLocaleString("en-US")} bytes, ${bench.paragraphs.toLocaleString("en-US")} lines, ${bench.outsideBmp.toLocaleString("en-US")} characters outside the BMP`,
      );
      for (const count of bench.sets.keys()) {
        const prefix = `${bench.key} ${count.toLocaleString("en-US")}`;
        log(`${prefix}: seeding (load average ${load().toFixed(2)})`);
        metrics.push(
          ...(await measureArticle(session, bench, count, {
            random,
            brief,
            log: (m) => log(`${prefix} ${m}`),
          })),
        );
      }
    }
    log(`library (load average ${load().toFixed(2)})`);
    metrics.push(...(await measureLibrary(session, { log, brief })));
    log(`imports (load average ${load().toFixed(2)})`);
    metrics.push(...(await measureImports(session, { log, brief })));

    const size = await bundleSize(APP_DIST);
    log(
      `app's first download: JS ${size.jsGzipKb.toFixed(1)} kB gzipped, CSS ${size.cssGzipKb.toFixed(1)} kB gzipped; all JS with imports and workers ${size.allJsGzipKb.toFixed(1)} kB gzipped`,
    );
    const build = new MetricsOf(null, null);
    build.add(
      "js-size",
      "app",
      "KB",
      [size.jsGzipKb],
      `${size.jsKb.toFixed(1)} kB before gzip; all JS with what imports load and the workers: ${size.allJsGzipKb.toFixed(1)} kB gzipped`,
    );
    build.add("css-size", "app", "KB", [size.cssGzipKb], `${size.cssKb.toFixed(1)} kB before gzip`);
    metrics.push(...build.metrics);

    const loadAtEnd = load();
    const decision = latestDecision({ quick: QUICK, loadAtStart, loadAtEnd, maxLoad: config.maxLoad });
    const results = buildResults({
      createdAt: started,
      durationSeconds: (performance.now() - t0) / 1000,
      machine: { ...machineInfo(loadAtStart), loadAverage: { atStart: loadAtStart, atEnd: loadAtEnd } },
      latest: {
        maxLoad: config.maxLoad,
        written: decision.writeLatest,
        ...(decision.writeLatest ? {} : { reason: decision.reason }),
      },
      browser: {
        name: "chromium",
        version: session.browserVersion,
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
        viewport: config.viewport,
      },
      config: {
        seed: config.seed,
        articles: fixtures.articles.map((a) => ({
          key: a.key,
          utf8Bytes: a.utf8Bytes,
          codePoints: a.codePoints,
          outsideBmp: a.outsideBmp,
          paragraphs: a.paragraphs,
          annotationSets: [...a.sets.keys()],
        })),
        library: {
          articles: fixtures.library.articles.length,
          annotations: fixtures.library.annotations.length,
          utf8Bytes: fixtures.library.utf8Bytes,
        },
        runs: {
          ...Object.fromEntries(
            fixtures.articles.flatMap((a) =>
              [...a.sets.keys()].flatMap((count) =>
                Object.entries(runsAt(a.key, count)).map(([what, n]) => [`${what}@${a.key}/${count}`, n]),
              ),
            ),
          ),
          ...Object.fromEntries(config.imports.map((i) => [`import@1mb/${i.annotations}`, i.runs])),
          library: config.library.runs,
          libraryWarmups: config.warmups,
        },
        notes: MEASUREMENT_NOTES,
      },
      metrics: inTableOrder(metrics),
    });
    mkdirSync(RESULTS_DIR, { recursive: true });
    const json = `${JSON.stringify(results, null, 2)}\n`;
    const name = `${QUICK ? "quick" : "run"}-${started.toISOString().replace(/[:.]/g, "-")}.json`;
    writeFileSync(`${RESULTS_DIR}${name}`, json);
    if (decision.writeLatest) writeFileSync(`${RESULTS_DIR}latest.json`, json);
    else if (!QUICK) writeFileSync(`${RESULTS_DIR}latest-under-load.json`, json);
    console.log(`\n${formatReport(results)}\n`);
    log(
      decision.writeLatest
        ? `done in ${results.durationSeconds} s; written: bench/results/${name} and bench/results/latest.json`
        : `done in ${results.durationSeconds} s; written: bench/results/${name}${QUICK ? "" : " and bench/results/latest-under-load.json"}, not latest.json: ${decision.reason}`,
    );
  } finally {
    await session.close();
  }
});
