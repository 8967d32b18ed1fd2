import { expect, test } from "@playwright/test";
import {
  articleText,
  dragSelect,
  HARRIS_ARTICLE,
  openArticle,
  slice,
  storedAnnotations,
  watchConsole,
} from "./helpers";

const HARRIS_TITLE = /^WASHINGTON — Vice President Kamala Harris told/;
const QUOTE = "We want to work with you to address both the acute causes";

test.describe("reading and tagging an article", () => {
  let consoleErrors: string[];
  test.beforeEach(({ page }) => {
    consoleErrors = watchConsole(page);
  });
  test.afterEach(() => {
    expect(consoleErrors).toEqual([]);
  });

  test("the library lists every bundled article with its word count", async ({ page }) => {
    await page.goto("/");
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(6); // header + five seed articles
    await expect(page.getByRole("link", { name: HARRIS_TITLE })).toBeVisible();
    const harrisRow = page.getByRole("row", { name: HARRIS_TITLE });
    await expect(harrisRow.getByRole("cell").first()).toHaveText(/\d{3}/);
  });

  test("tags a quote with the mouse and keeps it after a reload", async ({ page }) => {
    await openArticle(page, HARRIS_TITLE);
    await expect(page).toHaveURL(new RegExp(`#/article/${HARRIS_ARTICLE}$`));
    await dragSelect(page, QUOTE);
    await page.getByRole("button", { name: "Quote", exact: true }).click();

    const highlight = page.locator('[data-tag="quote"][data-annotation-id]');
    await expect(highlight.first()).toHaveText(QUOTE);
    await expect(page.getByRole("list", { name: "Annotations" }).getByRole("listitem")).toHaveCount(1);

    const [stored] = await storedAnnotations(page);
    const text = articleText(HARRIS_ARTICLE);
    expect(stored?.tag).toBe("quote");
    expect(stored?.exact).toBe(QUOTE);
    expect(slice(text, stored?.start ?? 0, stored?.end ?? 0)).toBe(QUOTE);

    await page.reload();
    await expect(page.locator('[data-tag="quote"]').first()).toHaveText(QUOTE);
  });
});
