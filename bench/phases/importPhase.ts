import { BENCH_CONFIG } from "../config";
import { type ImportSample, importThroughUi, type RawWriteSample, rawWrite } from "../scenarios/import";
import type { BenchSession } from "../session";
import { type Brief, MetricsOf } from "./metricsOf";

/**
 * Importing the 1 MB article's annotation file at each size through the UI into an empty library, and
 * the same rows by a raw Dexie write, alternating which goes first. Last in a run: it deletes the
 * app's database before each import.
 */
export async function measureImports(
  session: BenchSession,
  context: { log: (m: string) => void; brief: Brief },
) {
  const metrics = [];
  const { origin } = session.server;
  for (const { annotations, runs } of BENCH_CONFIG.imports) {
    const out = new MetricsOf("1mb", annotations);
    const app: ImportSample[] = [];
    const raw: RawWriteSample[] = [];
    const page = await session.newPage();
    const file = session.files.importFile(annotations);
    const payload = `${origin}${session.files.seedPath("1mb", annotations)}`;
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? (["app", "raw"] as const) : (["raw", "app"] as const);
      for (const which of order) {
        if (which === "app") {
          await session.resetDatabase(page);
          app.push(await importThroughUi(page, file, annotations));
        } else {
          raw.push(await rawWrite(page, session.urls.store, payload, `bench-raw-${run}`, annotations));
        }
      }
    }
    await page.close();
    context.log(
      `import ${annotations}: preview ${context.brief(app.map((s) => s.previewMs))}, done ${context.brief(app.map((s) => s.doneMs))}, longest task ${context.brief(app.map((s) => s.longestTaskMs))}; raw write ${context.brief(raw.map((s) => s.ms))}`,
    );
    out.add(
      "import-preview",
      "app",
      "ms",
      app.map((s) => s.previewMs),
    );
    out.add(
      "import",
      "app",
      "ms",
      app.map((s) => s.doneMs),
    );
    out.add(
      "import-longest-task",
      "app",
      "ms",
      app.map((s) => s.longestTaskMs),
    );
    out.add(
      "import",
      "dexie",
      "ms",
      raw.map((s) => s.ms),
    );
    out.add(
      "import-longest-task",
      "dexie",
      "ms",
      raw.map((s) => s.longestTaskMs),
    );
    metrics.push(...out.metrics);
    session.checkErrors();
  }
  return metrics;
}
