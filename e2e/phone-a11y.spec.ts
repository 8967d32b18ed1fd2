import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { annotationRow, closePicker, HARRIS_TITLE, openArticle, putRows, selectPhrase } from "./helpers";

// Runs in the "phone" project: the views as a phone lays them out, scanned by axe.

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}

test("every view passes an axe scan on a phone: library, reader with its bar, menu and panel, speakers", async ({
  page,
}) => {
  test.slow(); // six scans
  await page.goto("/");
  await expect(page.getByRole("table", { name: "Articles" })).toBeVisible();
  await putRows(page, "speakers", [{ id: "harris", name: "Kamala Harris", aliases: ["Harris"] }]);
  await putRows(page, "annotations", [annotationRow({ id: "mention", speakerId: "harris" })]);
  await page.reload();
  await expect(page.getByRole("row", { name: HARRIS_TITLE }).getByRole("cell").nth(4)).toHaveText("1");
  await expectNoViolations(page);

  await openArticle(page, HARRIS_TITLE);
  await selectPhrase(page, "We want to work with you");
  await expect(page.getByRole("toolbar", { name: "Tag the selection" })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Quote", exact: true }).tap();
  await closePicker(page);

  await page.locator('.article-text [data-tag="quote"]').first().tap();
  await expect(page.getByRole("region", { name: "Selected annotation" })).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole("button", { name: "More" }).tap();
  await expect(page.getByRole("menu", { name: "More" })).toBeVisible();
  await expectNoViolations(page);
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "Annotations (2)" }).tap();
  await expect(page.getByRole("dialog", { name: "Annotations" })).toBeVisible();
  await expectNoViolations(page);
  await page.keyboard.press("Escape");

  await page.goto("/#/speakers/harris");
  await expect(page.getByRole("heading", { name: "Kamala Harris", level: 2 })).toBeVisible();
  await expectNoViolations(page);
});
