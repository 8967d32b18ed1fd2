import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type CDPSession, type Page, test } from "@playwright/test";
import {
  armEditProbe,
  type EditProbeOptions,
  nextFrames,
  readEditTiming,
  wordPoints,
} from "./browser/editProbe";
import { armExportProbe, readExportTiming } from "./browser/exportProbe";
import { waitForOpen } from "./browser/openProbe";
import { BENCH_CONFIG, REFERENCE_SIZE } from "./config";
import { type CallFrame, type CpuProfile, timeByKey } from "./cpuProfile";
import type { ArticleKey } from "./results";
import { clickHighlight } from "./scenarios/edits";
import { wheelThrough } from "./scenarios/scroll";
import { APP_DIST, openSession } from "./session";
import { type SourceMapV3, sourceMapLookup } from "./sourceMap";
import { mainThreadTime, type TraceEvent, WORK_KINDS } from "./traceSummary";

// Where the time goes, after `npm run bench` has built bench/.generated:
//   BENCH_PROFILE=1 npx playwright test --config bench/playwright.bench.config.ts
// records, on the 1 MB article with 10,000 annotations (BENCH_PROFILE_ANNOTATIONS: 1000, 30000 or
// 100000 instead; BENCH_PROFILE_ARTICLE=1mb-one-line or 5mb for another text, at the sizes the run
// seeds it with), a CPU profile and a trace of the app opening the article, one tag, one retag, one
// delete, a wheel scroll over 60 screens (its figure: the longest frame) and one export; writes the
// profiles to bench/.generated/profiles/ (open them in Chrome DevTools) and prints the main thread's
// time by kind of work (script, style, layout, paint) and the script time by module and function,
// named through the build's source map.

const PROFILES = new URL("./.generated/profiles/", import.meta.url).pathname;

function locator(): (frame: CallFrame) => string {
  const assets = join(APP_DIST, "assets");
  const maps = new Map<string, ReturnType<typeof sourceMapLookup>>();
  for (const name of readdirSync(assets).filter((n) => n.endsWith(".js.map"))) {
    const map = JSON.parse(readFileSync(join(assets, name), "utf8")) as SourceMapV3;
    maps.set(name.replace(/\.map$/, ""), sourceMapLookup(map));
  }
  return (frame) => {
    if (!frame.url) return frame.functionName || "(anonymous)";
    const file = frame.url.split("/").pop() ?? "";
    const original = maps.get(file)?.(frame.lineNumber, frame.columnNumber);
    if (!original) return `${frame.functionName || "(anonymous)"} ${file}`;
    const source = original.source.replace(/^(\.\.\/)+/, "").replace(/^node_modules\//, "");
    return `${source}:${original.line + 1} ${frame.functionName || original.name || "(anonymous)"}`;
  };
}

/** The module a key belongs to: a package name, or the app's source file. */
function moduleOf(key: string): string {
  const path = key.split(":")[0] ?? key;
  if (path.startsWith("src/")) return path;
  if (path.startsWith("(")) return path.split(" ")[0] ?? path;
  const parts = path.split("/");
  return parts[0]?.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] ?? path);
}

async function profiled(cdp: CDPSession, name: string, action: () => Promise<number>): Promise<void> {
  // The profile is a persistent context, which has no Browser object to trace with: the page's DevTools
  // session traces instead.
  const events: TraceEvent[] = [];
  const collect = (data: { value: object[] }) => {
    events.push(...(data.value as unknown as TraceEvent[]));
  };
  cdp.on("Tracing.dataCollected", collect);
  await cdp.send("Tracing.start", {
    traceConfig: { includedCategories: ["devtools.timeline", "disabled-by-default-v8.gc"] },
  });
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  const ms = await action();
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: CpuProfile };
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.end");
  await complete;
  cdp.off("Tracing.dataCollected", collect);
  const byKind = new Map<string, number>();
  for (const [event, ms] of mainThreadTime(events)) {
    const kind = WORK_KINDS[event];
    if (kind) byKind.set(kind, (byKind.get(kind) ?? 0) + ms);
  }
  mkdirSync(PROFILES, { recursive: true });
  writeFileSync(join(PROFILES, `${name}.cpuprofile`), JSON.stringify(profile));
  const entries = timeByKey(profile, locator());
  const total = (profile.endTime - profile.startTime) / 1000;
  const byModule = new Map<string, number>();
  for (const e of entries) byModule.set(moduleOf(e.key), (byModule.get(moduleOf(e.key)) ?? 0) + e.selfMs);
  const top = (list: [string, number][], n: number) =>
    list
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `    ${v.toFixed(1).padStart(8)} ms  ${k}`)
      .join("\n");
  console.log(
    [
      `\n## ${name}: ${ms.toFixed(1)} ms measured, ${total.toFixed(0)} ms profiled`,
      "  main thread by kind of work (trace; nested work counts in both):",
      top([...byKind], 12),
      "  self time by module:",
      top([...byModule], 12),
      "  self time by function:",
      top(
        entries.map((e) => [e.key, e.selfMs]),
        15,
      ),
      "  total time by app function (src/):",
      top(
        entries.filter((e) => e.key.startsWith("src/")).map((e) => [e.key, e.totalMs]),
        15,
      ),
      `  profile: ${relative(process.cwd(), join(PROFILES, `${name}.cpuprofile`))}`,
    ].join("\n"),
  );
}

async function editTiming(page: Page): Promise<number> {
  const handle = await page.waitForFunction(readEditTiming, undefined, { timeout: 20_000 });
  const t = await handle.jsonValue();
  return (t?.drawnAt ?? 0) - (t?.start ?? 0);
}

async function clickSomeHighlight(page: Page, fraction: number): Promise<string> {
  const id = await clickHighlight(page, fraction);
  await page.evaluate(nextFrames, 5);
  return id;
}

test("profile", async () => {
  test.setTimeout(10 * 60_000);
  const count = Number(process.env.BENCH_PROFILE_ANNOTATIONS ?? REFERENCE_SIZE);
  const session = await openSession();
  try {
    const page = await session.newPage();
    const key = (process.env.BENCH_PROFILE_ARTICLE ?? "1mb") as ArticleKey;
    await session.seed(page, session.files.seedPath(key, count));
    const article = session.fixtures.articles.find((a) => a.key === key)?.article.id ?? "";
    await page.goto(session.urls.library);
    const cdp = await page.context().newCDPSession(page);
    const origin = session.server.origin;

    await profiled(cdp, "open", async () => {
      // A new document of the same origin, so the profiler (per renderer process) keeps recording.
      await page.goto(`${origin}/?profile${new URL(session.urls.app(article)).hash}`, {
        waitUntil: "domcontentloaded",
      });
      return (
        await page.evaluate(waitForOpen, { quietMs: BENCH_CONFIG.quietMs, rows: null, annotations: count })
      ).interactiveAt;
    });

    const { start, end } = await page.evaluate(wordPoints, {
      rootSelector: ".article-text",
      paragraph: 0.37,
      word: 0.2,
      words: 6,
    });
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(end.x, end.y, { steps: 8 });
    await page.mouse.up();
    await page.evaluate(nextFrames, 5);
    await page.evaluate(armEditProbe, {
      rootSelector: ".article-text",
      attribute: "data-annotation-id",
      trigger: { type: "keydown", key: "1" },
      expect: { kind: "added" },
    } satisfies EditProbeOptions);
    await profiled(cdp, "tag", async () => {
      await page.keyboard.press("1");
      return editTiming(page);
    });
    await page.getByRole("dialog").waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "hidden" });

    const retagged = await clickSomeHighlight(page, 0.61);
    const select = page.getByRole("combobox", { name: "Tag", exact: true });
    const tag = (await select.inputValue()) === "claim" ? "quote" : "claim";
    await page.evaluate(armEditProbe, {
      rootSelector: ".article-text",
      attribute: "data-annotation-id",
      trigger: { type: "change" },
      expect: { kind: "retagged", id: retagged, tag },
    } satisfies EditProbeOptions);
    await profiled(cdp, "retag", async () => {
      await select.selectOption(tag);
      return editTiming(page);
    });

    const deleted = await clickSomeHighlight(page, 0.23);
    await page.evaluate(armEditProbe, {
      rootSelector: ".article-text",
      attribute: "data-annotation-id",
      trigger: { type: "keydown", key: "Delete" },
      expect: { kind: "removed", id: deleted },
    } satisfies EditProbeOptions);
    await profiled(cdp, "delete", async () => {
      await page.keyboard.press("Delete");
      return editTiming(page);
    });

    await profiled(cdp, "scroll", async () => {
      const { intervals } = await wheelThrough(page, { ...BENCH_CONFIG.wheel, maxPx: 60 * 800 });
      return Math.max(...intervals);
    });
    await page.evaluate(() => window.scrollTo(0, 0));

    await page.evaluate(nextFrames, 10);
    await page.evaluate(armExportProbe);
    await profiled(cdp, "export", async () => {
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Export JSON" }).click();
      await download;
      const handle = await page.waitForFunction(readExportTiming);
      const t = await handle.jsonValue();
      return (t?.end ?? 0) - (t?.start ?? 0);
    });
    session.checkErrors();
  } finally {
    await session.close();
  }
});
