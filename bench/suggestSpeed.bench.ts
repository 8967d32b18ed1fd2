import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, expect, test } from "@playwright/test";
import { installTaskLog } from "./browser/taskLog";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./config";
import { APP_DIST } from "./session";
import { startStaticServer } from "./staticServer";

// The suggestions as a person meets them (`npm run bench:suggest`): a 5 KB and a 1 MB article of news
// text (the bundled articles, repeated) imported into the app and opened; the time from opening until
// the reader says how many suggestions wait (the engine runs in a worker), and the longest task on the
// main thread meanwhile. Targets: 5 KB under 50 ms of engine time, 1 MB under 2 s, no task over 50 ms.

const PORT = 4_598;
const SIZES = [
  { name: "5 KB", bytes: 5_000 },
  { name: "1 MB", bytes: 1_000_000 },
];

function newsText(bytes: number): string {
  const dir = new URL("../articles/", import.meta.url).pathname;
  const texts = readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((n) => readFileSync(join(dir, n), "utf8"));
  let text = "";
  for (let i = 0; text.length < bytes; i++) text += `${texts[i % texts.length]}\n\n`;
  return text.slice(0, text.lastIndexOf("\n\n", bytes) + 1 || bytes);
}

test("suggestions: time to the count in the reader, and the longest main-thread task", async () => {
  test.setTimeout(10 * 60_000);
  const server = await startStaticServer([{ prefix: "/", dir: APP_DIST }], PORT);
  const profile = mkdtempSync(join(tmpdir(), "suggest-bench-"));
  const files = mkdtempSync(join(tmpdir(), "suggest-texts-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  await context.addInitScript(installTaskLog);
  try {
    const page = await context.newPage();
    for (const size of SIZES) {
      const title = `Suggestion bench ${size.name}`;
      const path = join(files, `${size.bytes}.txt`);
      writeFileSync(path, `${title}\n\n${newsText(size.bytes)}`);
      await page.goto(`${server.origin}/#/`);
      const choosing = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Import articles…" }).click();
      await (await choosing).setFiles(path);
      await page.getByRole("list", { name: "Import results" }).getByRole("link", { name: title }).click();
      const opened = await page.evaluate(() => performance.now());
      const count = page.getByRole("region", { name: "Suggestions" }).locator(".count");
      await expect(count).toHaveText(/^\d+$/, { timeout: 120_000 });
      const counted = await page.evaluate(() => performance.now());
      const longest = await page.evaluate(
        ({ from }) =>
          Math.max(
            0,
            ...((window as unknown as { __benchLongTasks?: [number, number][] }).__benchLongTasks ?? [])
              .filter(([, end]) => end > from)
              .map(([start, end]) => end - start),
          ),
        { from: opened },
      );
      console.log(
        `${size.name}: ${await count.textContent()} suggestions counted ${Math.round(counted - opened)} ms after opening; longest main-thread task meanwhile ${Math.round(longest)} ms`,
      );
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(files, { recursive: true, force: true });
  }
});
