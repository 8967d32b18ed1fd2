import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, expect, type FileChooser, type Page, test } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./config";
import { APP_DIST } from "./session";
import { startStaticServer } from "./staticServer";

// `npm run screenshots -- CORPUS_DIR`: the README's pictures of several annotators, taken in the built
// app as a person gets there. The agreement table comes from a real corpus (PolNeAR's annotator
// training, imported through the UI as six layers); only the table is pictured, so no text of the
// corpus is. The curator view is pictured on the invented article of the e2e fixtures.

const PORT = 4_599;
const corpus = process.env.SCREENSHOTS_CORPUS ?? "";
const out = new URL("../docs/", import.meta.url).pathname;
const fixture = (path: string) => new URL(`../e2e/fixtures/${path}`, import.meta.url).pathname;

async function importBratAsLayers(page: Page, files: Parameters<FileChooser["setFiles"]>[0]) {
  await page.goto(`http://127.0.0.1:${PORT}/#/`);
  const choosing = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import brat files…" }).click();
  await (await choosing).setFiles(files);
  const ask = page.getByRole("dialog", { name: /^Whose annotations to import/ });
  await ask.getByRole("radio", { name: /^Everyone, each as their own layer/ }).check();
  await ask.getByRole("button", { name: "Continue" }).click();
  const dialog = page.getByRole("dialog", { name: /^Import annotations from/ });
  await dialog.getByRole("button", { name: "Import" }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
}

test("README screenshots: the agreement table of a real corpus, and the curator view", async () => {
  test.setTimeout(5 * 60_000);
  const server = await startStaticServer([{ prefix: "/", dir: APP_DIST }], PORT);
  const profile = mkdtempSync(join(tmpdir(), "screenshots-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1100, height: 800 },
  });
  try {
    const page = await context.newPage();
    const files = [
      ...readdirSync(join(corpus, "text")).map((n) => join(corpus, "text", n)),
      ...readdirSync(join(corpus, "attributions")).map((n) => join(corpus, "attributions", n)),
    ];
    await importBratAsLayers(page, files);
    await page.goto(`http://127.0.0.1:${PORT}/#/agreement`);
    const overall = page.getByRole("region", { name: "Overall agreement" });
    await expect(overall.getByRole("table")).toBeVisible({ timeout: 60_000 });
    await overall.screenshot({ path: join(out, "agreement.png") });
    console.log(`agreement: ${await overall.getByRole("heading").textContent()}`);

    // The curator view, on the invented article: two annotators who agree on one quote and not on the other.
    const ab12 = readFileSync(fixture("brat/attributions/harbour_ab12.ann"), "utf8");
    const ef56 = ab12.replace(
      "T8\tContent 168 198\tthe work would start in spring",
      "T8\tContent 168 188\tthe work would start",
    );
    await importBratAsLayers(page, [
      { name: "harbour.txt", mimeType: "text/plain", buffer: readFileSync(fixture("brat/text/harbour.txt")) },
      { name: "harbour_ab12.ann", mimeType: "text/plain", buffer: Buffer.from(ab12) },
      { name: "harbour_ef56.ann", mimeType: "text/plain", buffer: Buffer.from(ef56) },
    ]);
    await page
      .getByRole("row", { name: /Harbour plan wins backing/ })
      .getByRole("link", { name: "Curate" })
      .click();
    await expect(page.getByText("Gold holds 0 of 2.")).toBeVisible();
    await page.keyboard.press("g");
    await expect(page.getByText("Gold holds 1 of 2.")).toBeVisible();
    await page.setViewportSize({ width: 1000, height: 420 });
    await page.screenshot({ path: join(out, "curate.png") });
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
