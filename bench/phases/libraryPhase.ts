import { BENCH_CONFIG } from "../config";
import { openOnce } from "../scenarios/open";
import { type BenchSession, BUNDLED_ARTICLES } from "../session";
import { type Brief, MetricsOf } from "./metricsOf";

/** The library page with 1,000 imported articles (and their annotations): opened until its table is drawn. */
export async function measureLibrary(
  session: BenchSession,
  context: { log: (m: string) => void; brief: Brief },
) {
  const config = BENCH_CONFIG;
  const { library } = session.fixtures;
  const out = new MetricsOf("library", library.annotations.length);
  const page = await session.newPage();
  const seeded = await session.seed(page, session.files.libraryPath);
  if (seeded !== library.annotations.length) throw new Error(`seeded ${seeded} library annotations`);
  const rows = library.articles.length + BUNDLED_ARTICLES;
  const table: number[] = [];
  const idle: number[] = [];
  const longest: number[] = [];
  for (let run = -config.warmups; run < config.library.runs; run++) {
    const timing = await openOnce(page, session.urls.library, { quietMs: config.quietMs, rows });
    if (run < 0) continue;
    table.push(timing.rowsPaintedAt ?? Number.NaN);
    idle.push(timing.interactiveAt);
    longest.push(timing.longestTask);
  }
  await page.close();
  context.log(
    `library of ${library.articles.length} articles: table ${context.brief(table)}; idle ${context.brief(idle)}; longest task ${context.brief(longest)}`,
  );
  out.add("library-table", "app", "ms", table);
  out.add("open", "app", "ms", idle);
  out.add("open-longest-task", "app", "ms", longest);
  session.checkErrors();
  return out.metrics;
}
