#!/usr/bin/env node
// The whole suite, in the order that fails fastest: lint, types, unit tests, production build, then
// Playwright in Chromium. Ends with one line adding up every runner's tests: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureChromium } from "./ensure-chromium.mjs";

const reports = mkdtempSync(join(tmpdir(), "quote-annotator-test-"));
let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

function check(label, ok) {
  if (ok) passed++;
  else failed++;
  if (!ok) console.log(`✗ ${label} failed`);
}

check("lint", run("lint (biome)", "npx", ["biome", "check", "."]));
check("type-check", run("type-check (tsc)", "npx", ["tsc", "--noEmit"]));

const vitestReport = join(reports, "vitest.json");
const unitOk = run("unit tests (vitest)", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestReport}`,
]);
const vitest = readJson(vitestReport);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  if (!unitOk && vitest.numFailedTests === 0) failed++;
} else failed++;

const buildOk = run("production build (vite)", "npx", ["vite", "build"]);
check("build", buildOk);

if (buildOk) {
  let chromium;
  try {
    chromium = ensureChromium();
  } catch (error) {
    console.error(String(error));
  }
  if (chromium) {
    const playwrightReport = join(reports, "playwright.json");
    const e2eOk = run("end-to-end tests (playwright, chromium)", "npx", ["playwright", "test"], {
      CHROMIUM_PATH: chromium,
      PW_JSON_OUTPUT: playwrightReport,
    });
    const stats = readJson(playwrightReport)?.stats;
    if (stats) {
      passed += stats.expected + (stats.flaky ?? 0);
      failed += stats.unexpected;
      if (!e2eOk && stats.unexpected === 0) failed++;
    } else failed++;
  } else failed++;
} else {
  console.log("Skipping end-to-end tests: the build failed.");
  failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
