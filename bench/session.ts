import { readdirSync, readFileSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "@playwright/test";
import { installOpenProbe } from "./browser/openProbe";
import { seedDatabase } from "./browser/seedDatabase";
import { BENCH_CONFIG, CHROMIUM_ARGS, CHROMIUM_PATH } from "./config";
import { type BenchFixture, buildFixture } from "./fixture";
import type { Subject } from "./results";
import { type StaticServer, startStaticServer } from "./staticServer";

/**
 * What every benchmark command shares: the generated article and annotation sets, a static server for
 * the app's build (bench/.generated/app) and the baseline pages (bench/.generated/baselines), Chromium,
 * and browser contexts whose app database holds the article with one annotation set.
 */
export interface BenchSession {
  fixture: BenchFixture;
  server: StaticServer;
  browser: Browser;
  urls: Record<Subject, string>;
  /** A fresh context (empty storage) with the open probe, its database seeded with `count` annotations. */
  seededPage(count: number): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

const here = (path: string) => new URL(path, import.meta.url);
export const APP_DIST = here("./.generated/app").pathname;
export const BASELINES_DIST = here("./.generated/baselines").pathname;

function seedTexts(): string[] {
  const dir = here("../articles/");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => readFileSync(new URL(name, dir), "utf8"));
}

/** Fails on an uncaught error in any page: figures of a broken page mean nothing. */
function watchErrors(page: Page, errors: string[]): void {
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
}

export async function openSession(
  port: number = BENCH_CONFIG.port,
): Promise<BenchSession & { errors: string[] }> {
  const config = BENCH_CONFIG;
  const fixture = buildFixture(seedTexts(), {
    seed: config.seed,
    targetBytes: config.articleBytes,
    setSizes: config.annotationSets,
  });
  const server = await startStaticServer(
    [
      { prefix: "/", dir: APP_DIST },
      { prefix: "/baselines/", dir: BASELINES_DIST },
    ],
    port,
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const id = encodeURIComponent(fixture.article.id);
  const errors: string[] = [];
  const urls: Record<Subject, string> = {
    app: `${server.origin}/#/article/${id}`,
    prosemirror: `${server.origin}/baselines/prosemirror.html?article=${id}`,
    "text-annotator": `${server.origin}/baselines/text-annotator.html?article=${id}`,
    dexie: `${server.origin}/baselines/store.html`,
  };

  return {
    fixture,
    server,
    browser,
    urls,
    errors,
    async seededPage(count) {
      const rows = fixture.sets.get(count);
      if (!rows) throw new Error(`no annotation set of ${count}`);
      const context = await browser.newContext({ viewport: config.viewport, acceptDownloads: true });
      await context.addInitScript(installOpenProbe);
      const page = await context.newPage();
      watchErrors(page, errors);
      // The app creates its database on first load; the rows go in once "Export all" is enabled.
      await page.goto(`${server.origin}/`);
      await page.getByRole("button", { name: "Export all" }).and(page.locator(":enabled")).waitFor();
      const stored = await page.evaluate(seedDatabase, {
        article: fixture.article,
        speakers: fixture.speakers,
        annotations: rows,
      });
      if (stored !== count) throw new Error(`seeded ${stored} annotations, expected ${count}`);
      return { context, page };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
