import { expect, type Locator, type Page, test } from "@playwright/test";
import {
  annotationOfSpan,
  annotationRow,
  articleText,
  closePicker,
  HARRIS_ARTICLE,
  HARRIS_TITLE,
  openArticle,
  putRows,
  selectPhrase,
  storedAnnotations,
  watchConsole,
} from "./helpers";

// Runs in the "phone" project: 390 × 844, touch, a mobile viewport.

const QUOTE = "We want to work with you to address both the acute causes";

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

test("on a phone: tag by touch, tap a highlight without the page jumping, see it in the annotations panel", async ({
  page,
}) => {
  await openArticle(page, HARRIS_TITLE);
  await expectNoSidewaysScroll(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await selectPhrase(page, QUOTE);
  const toolbar = page.getByRole("toolbar", { name: "Tag the selection" });
  await expect(toolbar).toBeInViewport({ ratio: 1 });
  for (const button of await toolbar.getByRole("button").all()) {
    // Big enough for a finger.
    expect((await button.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  }
  await toolbar.getByRole("button", { name: "Quote", exact: true }).tap();
  await closePicker(page);
  await expect
    .poll(async () => (await storedAnnotations(page)).map((a) => [a.tag, a.exact]))
    .toEqual([["quote", QUOTE]]);
  await expect(page.getByRole("status").filter({ hasText: "Tagged quote" })).toBeInViewport();
  await expectNoSidewaysScroll(page);

  // Tapping the highlight selects it where it is, and a bar at the bottom says what it is.
  await page.getByRole("textbox", { name: /Article text/ }).blur();
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.locator('.article-text [data-tag="quote"]').first().tap();
  const bar = page.getByRole("region", { name: "Selected annotation" });
  await expect(bar).toBeInViewport({ ratio: 1 });
  await expect(bar).toContainText("Quote");
  await expect(bar).toContainText("No speaker");
  await expect(bar.getByRole("button", { name: "Speaker…" })).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

  // The panel opens over the text, takes the focus, and gives it back when it closes.
  const open = page.getByRole("button", { name: "Annotations (1)" });
  await expect(open).toBeInViewport({ ratio: 1 });
  await open.tap();
  const panel = page.getByRole("dialog", { name: "Annotations" });
  await expect(panel).toBeInViewport();
  await expect(panel.getByRole("button", { name: "Close" })).toBeFocused();
  const item = panel.getByRole("list", { name: "Annotations" }).getByRole("listitem");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(QUOTE);
  await expect(item.getByRole("textbox", { name: "Note" })).toBeVisible();
  await expectNoSidewaysScroll(page);

  // The speaker picker opens over the panel and gives the focus back to it.
  const speakerButton = item.getByRole("button", { name: "Speaker…" });
  await speakerButton.tap();
  const picker = page.getByRole("dialog", { name: "Who said this quote?" });
  await expect(picker).toBeInViewport();
  await page.keyboard.type("Kamala Harris");
  await page.keyboard.press("Enter");
  await expect(picker).toBeHidden();
  await expect(panel).toBeVisible();
  await expect(item).toContainText("Said by Kamala Harris");
  await expect(speakerButton).toBeFocused();

  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(open).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  await expect(bar).toContainText("Said by Kamala Harris");
  const [stored] = await storedAnnotations(page);
  expect(stored?.speakerId).toEqual(expect.any(String));

  await open.tap();
  await expect(panel).toBeVisible();
  await panel.getByRole("button", { name: "Close" }).tap();
  await expect(panel).toBeHidden();
  await expect(open).toBeFocused();
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
    "Find in the article",
    "Speakers",
    "Export JSON",
    "Export W3C Web Annotation (JSON-LD)",
    "Export CSV for spreadsheets",
    "Export CSV, raw",
    "Export brat standoff (.zip)",
  ]);
  await expect(menu.getByRole("menuitem", { name: "Find in the article" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem", { name: "Speakers" })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(menu.getByRole("menuitem", { name: "Export brat standoff (.zip)" })).toBeFocused();
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

test("on a phone a long annotation list follows a tapped highlight inside the panel, not on the page", async ({
  page,
}) => {
  // Every word of the article an annotation: the list draws only the rows in view.
  const text = articleText(HARRIS_ARTICLE);
  const chars = Array.from(text);
  const rows = [...text.matchAll(/\p{L}+/gu)].map((match, i) => {
    const start = Array.from(text.slice(0, match.index)).length;
    return {
      ...annotationOfSpan(chars, start, start + Array.from(match[0]).length, {
        id: `w${i.toString().padStart(4, "0")}`,
        tag: "claim",
      }),
      articleId: HARRIS_ARTICLE,
    };
  });
  await page.goto("/");
  await expect(page.getByRole("table", { name: "Articles" })).toBeVisible();
  await putRows(page, "annotations", rows);
  await page.goto(`/#/article/${HARRIS_ARTICLE}`);
  const open = page.getByRole("button", { name: `Annotations (${rows.length})` });
  await expect(open).toBeVisible();

  // One halfway through: the page can scroll either way from it.
  const middle = Math.floor(rows.length / 2);
  const target = rows[middle];
  const highlight = page.locator(`.article-text [data-annotation-id="${target?.id}"]`).first();
  await highlight.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  await highlight.tap();
  await expect(page.getByRole("region", { name: "Selected annotation" })).toContainText("Claim");
  await page.waitForTimeout(200); // a jump would come in the next frames
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

  await open.tap();
  const panel = page.getByRole("dialog", { name: "Annotations" });
  const item = panel.getByRole("listitem").filter({ has: page.locator('[aria-current="true"]') });
  await expect(item).toHaveAttribute("aria-posinset", String(middle + 1));
  await expect(item).toContainText(target?.exact ?? "");
  await expect(item).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test("on a phone, find in the article opens from the menu and fits the screen", async ({ page }) => {
  await openArticle(page, HARRIS_TITLE);
  await page.getByRole("button", { name: "More" }).tap();
  await page.getByRole("menu", { name: "More" }).getByRole("menuitem", { name: "Find in the article" }).tap();
  const field = page.getByRole("textbox", { name: "Find in the article" });
  await expect(field).toBeFocused();
  await expect(field).toBeInViewport({ ratio: 1 });
  await field.fill("Harris");
  await expect(page.locator(".find-current")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
