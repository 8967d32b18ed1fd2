import { readdirSync, readFileSync, rmSync } from "node:fs";
import { type BrowserContext, chromium, type Page } from "@playwright/test";
import { installOpenProbe } from "./browser/openProbe";
import { deleteAppDatabase, seedDatabase } from "./browser/seedDatabase";
import { installTaskLog } from "./browser/taskLog";
import { BENCH_CONFIG, CHROMIUM_ARGS, CHROMIUM_PATH } from "./config";
import { type BenchFixtures, buildFixtures } from "./fixture";
import { type FixtureFiles, writeFixtureFiles } from "./fixtureFiles";
import { type StaticServer, startStaticServer } from "./staticServer";

/**
 * What every benchmark command shares: the generated articles, annotation sets and library, written as
 * files; a static server for the app's build (bench/.generated/app), the baseline pages
 * (bench/.generated/baselines) and those files; and Chromium with a profile on disk
 * (bench/.generated/profile), as a person's browser keeps IndexedDB on disk (a context without a
 * user-data directory is an incognito-like profile that keeps it in memory, so no read or write would
 * ever touch the disk).
 */
export interface BenchSession {
  fixtures: BenchFixtures;
  files: FixtureFiles;
  server: StaticServer;
  context: BrowserContext;
  browserVersion: string;
  urls: {
    app(articleId: string): string;
    prosemirror(articleId: string): string;
    textAnnotator(articleId: string): string;
    library: string;
    store: string;
  };
  /** A new tab, its uncaught errors collected. */
  newPage(): Promise<Page>;
  /** Replaces the app's articles, speakers and annotations with a fixture file's; no app page may be open. */
  seed(page: Page, payloadPath: string): Promise<number>;
  /** Deletes the app's database (no app page may be open) and opens the library, which creates it again. */
  resetDatabase(page: Page): Promise<void>;
  /** Throws if any page had an uncaught error: figures of a broken page mean nothing. */
  checkErrors(): void;
  close(): Promise<void>;
}

const here = (path: string) => new URL(path, import.meta.url);
export const APP_DIST = here("./.generated/app").pathname;
export const BASELINES_DIST = here("./.generated/baselines").pathname;
const FIXTURES_DIR = here("./.generated/fixtures").pathname;
const PROFILE_DIR = here("./.generated/profile").pathname;

function seedTexts(): string[] {
  const dir = here("../articles/");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => readFileSync(new URL(name, dir), "utf8"));
}

/** How many articles the app bundles: rows of the library beside the imported ones. */
export const BUNDLED_ARTICLES = seedTexts().length;

export async function openSession(port: number = BENCH_CONFIG.port): Promise<BenchSession> {
  const config = BENCH_CONFIG;
  const fixtures = buildFixtures(seedTexts(), {
    seed: config.seed,
    articles: config.articles,
    outsideBmpEvery: config.outsideBmpEvery,
    library: config.library,
  });
  const files = writeFixtureFiles(
    fixtures,
    FIXTURES_DIR,
    config.imports.map((i) => i.annotations),
  );
  const server = await startStaticServer(
    [
      { prefix: "/", dir: APP_DIST },
      { prefix: "/baselines/", dir: BASELINES_DIST },
      { prefix: "/fixtures/", dir: FIXTURES_DIR },
    ],
    port,
  );
  rmSync(PROFILE_DIR, { recursive: true, force: true });
  const context = await chromium.launchPersistentContext(PROFILE_DIR, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: config.viewport,
    acceptDownloads: true,
  });
  await context.addInitScript(installTaskLog);
  await context.addInitScript(installOpenProbe);
  const errors: string[] = [];
  const { origin } = server;
  const id = encodeURIComponent;
  const urls: BenchSession["urls"] = {
    app: (articleId) => `${origin}/#/article/${id(articleId)}`,
    prosemirror: (articleId) => `${origin}/baselines/prosemirror.html?article=${id(articleId)}`,
    textAnnotator: (articleId) => `${origin}/baselines/text-annotator.html?article=${id(articleId)}`,
    library: `${origin}/`,
    store: `${origin}/baselines/store.html`,
  };

  const newPage = async () => {
    const page = await context.newPage();
    page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
    return page;
  };
  /** The app creates its database on its first load; "Export all" is enabled once it is open. */
  const openLibrary = async (page: Page) => {
    await page.goto(urls.library);
    await page.getByRole("button", { name: "Export all" }).and(page.locator(":enabled")).waitFor();
  };

  const first = await newPage();
  for (const blank of context.pages()) if (blank !== first) await blank.close();
  await openLibrary(first);
  const cdp = await context.newCDPSession(first);
  const { product } = (await cdp.send("Browser.getVersion")) as { product: string };
  await cdp.detach();
  await first.close();

  return {
    fixtures,
    files,
    server,
    context,
    browserVersion: product.replace(/^[^/]*\//, ""),
    urls,
    newPage,
    async seed(page, payloadPath) {
      await page.goto(`${origin}${files.blankPath}`);
      return page.evaluate(seedDatabase, `${origin}${payloadPath}`);
    },
    async resetDatabase(page) {
      await page.goto(`${origin}${files.blankPath}`);
      await page.evaluate(deleteAppDatabase);
      await openLibrary(page);
    },
    checkErrors() {
      if (errors.length > 0) throw new Error(`errors in the pages:\n${errors.join("\n")}`);
    },
    async close() {
      await context.close();
      await server.close();
    },
  };
}
