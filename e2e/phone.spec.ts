import { expect, type Locator, type Page, test } from "@playwright/test";
import { annotationRow, HARRIS_ARTICLE, HARRIS_TITLE, openArticle, putRows, watchConsole } from "./helpers";

// Runs in the "phone" project: 390 × 844, touch, a mobile viewport.

let consoleErrors: string[];
test.beforeEach(({ page }) => {
  consoleErrors = watchConsole(page);
});
test.afterEach(() => {
  expect(consoleErrors).toEqual([]);
});

/**
 * Nothing is wider than the screen. A phone widens its layout viewport to fit what overflows, so
 * `innerWidth` grows with the page: the screen's width is the measure.
 */
async function expectNoSidewaysScroll(page: Page) {
  const screenWidth = page.viewportSize()?.width ?? 0;
  expect(screenWidth).toBe(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screenWidth);
}

/** The element lies within the screen's width, after scrolling it into view if need be. */
async function expectOnScreen(element: Locator) {
  await element.scrollIntoViewIfNeeded();
  await expect(element).toBeVisible();
  const box = await element.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
}

test("the library shows every article's word and tag counts on a phone", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("table", { name: "Articles" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  // The counts keep their column headers for a screen reader.
  await expect(page.getByRole("columnheader", { name: "Quotes" })).toHaveCount(1);
  const harris = page.getByRole("row", { name: HARRIS_TITLE });
  const cells = harris.getByRole("cell");
  await expect(cells).toHaveText(["804", "0", "0", "0", "0", ""]);
  for (let i = 0; i < 5; i++) await expectOnScreen(cells.nth(i));
  await expectOnScreen(page.getByRole("button", { name: "Import articles…" }));
  await expectOnScreen(page.getByRole("button", { name: "Import annotations…" }));
  await expectOnScreen(page.getByRole("button", { name: "Export all" }));
});

test("on a phone the reader's secondary actions sit in a menu a keyboard can use", async ({ page }) => {
  await openArticle(page, HARRIS_TITLE);
  const more = page.getByRole("button", { name: "More" });
  await expect(more).toBeInViewport({ ratio: 1 });
  await expect(more).toHaveAttribute("aria-haspopup", "menu");
  await expect(more).toHaveAttribute("aria-expanded", "false");

  await more.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu", { name: "More" });
  await expect(menu).toBeInViewport({ ratio: 1 });
  await expect(more).toHaveAttribute("aria-expanded", "true");
  await expect(menu.getByRole("menuitem")).toHaveText([
    "Speakers",
    "Export JSON",
    "Export W3C Web Annotation (JSON-LD)",
    "Export CSV for spreadsheets",
  ]);
  await expect(menu.getByRole("menuitem", { name: "Speakers" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem", { name: "Export JSON" })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(menu.getByRole("menuitem", { name: "Export CSV for spreadsheets" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(more).toBeFocused();

  await more.tap();
  const downloading = page.waitForEvent("download");
  await menu.getByRole("menuitem", { name: "Export JSON" }).tap();
  expect((await downloading).suggestedFilename()).toMatch(/\.json$/);
  await expect(menu).toBeHidden();

  await more.tap();
  await menu.getByRole("menuitem", { name: "Speakers" }).tap();
  await expect(page.getByRole("heading", { name: "Speakers", level: 1 })).toBeVisible();
});

test("the speakers page fits a phone, counts and all", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("table", { name: "Articles" })).toBeVisible();
  const speaker = {
    id: "harris",
    name: "Kamala Harris",
    aliases: ["Vice President Kamala Harris", "Harris", "the vice president of the United States"],
  };
  await putRows(page, "speakers", [speaker]);
  await putRows(page, "annotations", [annotationRow({ speakerId: speaker.id, articleId: HARRIS_ARTICLE })]);
  await page.goto(`/#/speakers/${speaker.id}`);
  await expect(page.getByRole("heading", { name: "Kamala Harris", level: 2 })).toBeVisible();
  await expectNoSidewaysScroll(page);
  const row = page.getByRole("row", { name: /Kamala Harris/ });
  await expect(row.getByRole("cell")).toHaveText(["0", "0", "0", "1"]);
  for (let i = 0; i < 4; i++) await expectOnScreen(row.getByRole("cell").nth(i));
  await expectOnScreen(page.getByRole("button", { name: "Delete speaker…" }));
});
