import { defineConfig } from "@playwright/test";

// Runs bench/run.bench.ts and then bench/suggestSpeed.bench.ts (`npm run bench`), or with BENCH_PROFILE=1 bench/profile.bench.ts, or with
// BRAT_CORPUS set bench/bratCorpus.bench.ts (`npm run bench:brat`), or with BENCH_SUGGEST=1
// bench/suggestSpeed.bench.ts (`npm run bench:suggest`), or with SCREENSHOTS_CORPUS set
// bench/screenshots.bench.ts (`npm run screenshots`); the e2e
// suite's config (testDir e2e) never sees them, and Vitest only collects bench/*.test.ts. The runners
// launch Chromium and serve the builds themselves.
export default defineConfig({
  testDir: ".",
  testMatch:
    process.env.BENCH_PROFILE === "1"
      ? "profile.bench.ts"
      : process.env.BRAT_CORPUS
        ? "bratCorpus.bench.ts"
        : process.env.BENCH_SUGGEST === "1"
          ? "suggestSpeed.bench.ts"
          : process.env.SCREENSHOTS_CORPUS
            ? "screenshots.bench.ts"
            : ["run.bench.ts", "suggestSpeed.bench.ts"],
  outputDir: "./.generated/test-results",
  timeout: 30 * 60_000,
  workers: 1,
  retries: 0,
  reporter: "list",
});
