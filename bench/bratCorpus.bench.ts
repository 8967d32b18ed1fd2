import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, expect, test } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./config";
import { APP_DIST } from "./session";
import { startStaticServer } from "./staticServer";

// A brat corpus imported through the app as a person would, timed (`npm run bench:brat -- DIR` builds
// the app and runs this; DIR holds text/ and attributions/, PolNeAR's layout, e.g.
// ../shared/corpora/polnear/dev). Prints: the time from choosing the folder to the question of whose
// annotations to import, from answering it to the import dialog (read, converted, planned in the
// worker), from Import to the result (one transaction), and the time to open the largest article:
// its text shown, then every annotation listed. The corpus never enters the repository.

const CORPUS = process.env.BRAT_CORPUS ?? "";
const PORT = 4_599;

test("imports a brat corpus through the app and opens its largest article", async () => {
  test.skip(!CORPUS, "BRAT_CORPUS names no corpus folder");
  const texts = readdirSync(join(CORPUS, "text")).filter((name) => name.endsWith(".txt"));
  const largest = texts.reduce((a, b) =>
    statSync(join(CORPUS, "text", a)).size >= statSync(join(CORPUS, "text", b)).size ? a : b,
  );
  const title =
    readFileSync(join(CORPUS, "text", largest), "utf8")
      .split("\n")
      .find((line) => line.trim()) ?? "";

  const server = await startStaticServer([{ prefix: "/", dir: APP_DIST }], PORT);
  const profile = mkdtempSync(join(tmpdir(), "brat-bench-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/#/`);
    await expect(page.getByRole("table", { name: "Articles" })).toBeVisible();

    const choosing = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Choose a brat folder…" }).click();
    const chosenAt = Date.now();
    await (await choosing).setFiles(CORPUS);
    const ask = page.getByRole("dialog", { name: /^Whose annotations to import/ });
    const dialog = page.getByRole("dialog", { name: /^Import annotations from/ });
    await expect(ask.or(dialog)).toBeVisible({ timeout: 60_000 });
    const askedAt = Date.now();
    let answeredAt = askedAt;
    if (await ask.isVisible()) {
      await ask.getByRole("radio").first().check();
      answeredAt = Date.now();
      await ask.getByRole("button", { name: "Continue" }).click();
    }
    await expect(dialog.getByRole("button", { name: "Import" })).toBeEnabled({ timeout: 60_000 });
    const plannedAt = Date.now();
    const results = page.getByRole("list", { name: "Import results" }).getByRole("listitem");
    await dialog.getByRole("button", { name: "Import" }).click();
    const importAt = Date.now();
    await expect(results.last()).toContainText("imported", { timeout: 120_000 });
    const importedAt = Date.now();
    const summary = await results.last().textContent();

    await page.getByRole("link", { name: title }).first().click();
    const openAt = Date.now();
    await expect(
      page
        .getByRole("textbox", { name: /Article text/ })
        .locator("p")
        .first(),
    ).toBeVisible();
    const shownAt = Date.now();
    await expect(page.locator(".sidebar-header .count")).toHaveText(/^\d+$/, { timeout: 60_000 });
    const listedAt = Date.now();
    const count = await page.locator(".sidebar-header .count").textContent();

    console.log(`corpus: ${CORPUS} (${texts.length} texts)`);
    console.log(`import result: ${summary}`);
    console.log(`folder chosen → annotator question: ${askedAt - chosenAt} ms`);
    console.log(`answered → import dialog (read, converted, planned): ${plannedAt - answeredAt} ms`);
    console.log(`Import → done (one transaction): ${importedAt - importAt} ms`);
    console.log(
      `largest article (${largest}, ${count} annotations): text shown ${shownAt - openAt} ms, all listed ${listedAt - openAt} ms`,
    );
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
