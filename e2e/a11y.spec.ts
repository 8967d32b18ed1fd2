import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { closePicker, HARRIS_TITLE, openArticle, selectPhrase } from "./helpers";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}

test("every view passes an axe scan: library, reader with highlights and picker, speakers panel", async ({
  page,
}) => {
  // Three full axe scans take 14 to 22 s on two cores, near the 30 s a test gets; a busy machine
  // passed it.
  test.slow();
  await page.goto("/");
  await expect(page.getByRole("table", { name: "Articles" })).toBeVisible();
  await expectNoViolations(page);

  // The import summary dialog, and an imported article whose annotation could not be placed (orphan).
  const choosing = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import annotations…" }).click();
  await (await choosing).setFiles(
    fileURLToPath(new URL("../src/model/format/fixtures/valid/minimal-v1.json", import.meta.url)),
  );
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("dialog").getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("list", { name: "Import results" })).toBeVisible();
  await expectNoViolations(page);

  await openArticle(page, HARRIS_TITLE);
  await selectPhrase(page, "Kamala Harris");
  await page.keyboard.press("4");
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectNoViolations(page);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toBeHidden();

  await selectPhrase(page, "We want to work with you");
  await expect(page.getByRole("toolbar", { name: "Tag the selection" })).toBeVisible();
  await expectNoViolations(page);
  await page.keyboard.press("1");
  await closePicker(page);
  await page
    .getByRole("list", { name: "Annotations" })
    .getByRole("listitem")
    .first()
    .getByRole("button")
    .first()
    .click();
  await expectNoViolations(page);

  await page.getByRole("link", { name: "Speakers" }).click();
  await page.getByRole("table", { name: "Speakers" }).getByRole("link", { name: "Kamala Harris" }).click();
  await expect(page.getByRole("heading", { name: "Kamala Harris", exact: true, level: 2 })).toBeVisible();
  await expectNoViolations(page);
});

test("focus is always visible on the controls a keyboard user reaches", async ({ page }) => {
  await page.goto("/");
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return "none";
      const style = getComputedStyle(el);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).not.toMatch(/^none|0px/);
  }
});
