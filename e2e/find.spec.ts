import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import {
  articleText,
  codePointIndexOf,
  HARRIS_ARTICLE,
  HARRIS_TITLE,
  openArticle,
  storedAnnotations,
  watchConsole,
} from "./helpers";

const text = articleText(HARRIS_ARTICLE);

/** The code point offset of the n-th (from 0) "root causes" of the Harris article. */
function rootCauses(n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) at = codePointIndexOf(text, "root causes", at + 1);
  return at;
}

/** Whether Ctrl+F pressed now is taken by the page (and not left to the browser's own find). */
function ctrlFTaken(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const event = new KeyboardEvent("keydown", { key: "f", ctrlKey: true, bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    return event.defaultPrevented;
  });
}

test("Ctrl+F finds in the article: count, Enter and Shift+Enter, a match tagged by key, Esc back to the text", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await openArticle(page, HARRIS_TITLE);
  const reader = page.getByRole("textbox", { name: /Article text/ });
  // From the top of the article: find starts at the caret.
  await page.keyboard.press("Control+f");
  const field = page.getByRole("textbox", { name: "Find in the article" });
  await expect(field).toBeFocused();

  await page.keyboard.type("ROOT causes");
  const count = page.locator(".find-count");
  await expect(count).toHaveText("1 of 4");
  await expect(page.locator(".find-match")).toHaveCount(4);
  await expect(page.locator(".find-current")).toHaveText("root causes");

  await page.keyboard.press("Enter");
  await expect(count).toHaveText("2 of 4");
  await page.keyboard.press("Shift+Enter");
  await expect(count).toHaveText("1 of 4");
  await page.keyboard.press("Shift+Enter");
  await expect(count).toHaveText("4 of 4");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(count).toHaveText("3 of 4");
  await expect(page.locator(".find-current")).toBeInViewport();
  await expectNoAxeViolations(page);

  // Alt+1 tags the current match as a quote; once the speaker picker is closed, the find bar has the keys.
  await page.keyboard.press("Alt+1");
  const picker = page.getByRole("dialog");
  await expect(picker).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(picker).toBeHidden();
  await expect(field).toBeFocused();
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(1);

  // Esc closes the bar and leaves the next match selected in the text, where 2 tags it as a claim.
  await page.keyboard.press("Enter");
  await expect(count).toHaveText("4 of 4");
  await page.keyboard.press("Escape");
  await expect(field).toBeHidden();
  await expect(page.locator(".find-match")).toHaveCount(0);
  await expect(reader).toBeFocused();
  await page.keyboard.press("2");
  await expect(picker).toBeVisible();
  await page.keyboard.press("Escape");
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(2);

  const stored = (await storedAnnotations(page)).sort((a, b) => a.start - b.start);
  expect(stored.map((a) => [a.tag, a.start, a.end, a.exact])).toEqual([
    ["quote", rootCauses(2), rootCauses(2) + 11, "root causes"],
    ["claim", rootCauses(3), rootCauses(3) + 11, "root causes"],
  ]);
  expect(errors).toEqual([]);
});

test("find puts accents and case aside, opens from the header's Find button, and shows when nothing matches", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await openArticle(page, HARRIS_TITLE);
  await page.getByRole("button", { name: "Find", exact: true }).click();
  const field = page.getByRole("textbox", { name: "Find in the article" });
  await expect(field).toBeFocused();
  await field.fill("andres manuel lopez");
  await expect(page.locator(".find-count")).toHaveText("1 of 1");
  await expect(page.locator(".find-current")).toHaveText("Andrés Manuel López");
  await field.fill("zebra crossing");
  await expect(page.locator(".find-count")).toHaveText("No matches");
  await expect(page.locator(".find-match")).toHaveCount(0);
  await page.getByRole("button", { name: "Close find" }).click();
  await expect(field).toBeHidden();
  expect(errors).toEqual([]);
});

test("Ctrl+F is the app's find only in the reader: the library leaves it to the browser", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: HARRIS_TITLE })).toBeVisible();
  expect(await ctrlFTaken(page)).toBe(false);
  await page.getByRole("link", { name: HARRIS_TITLE }).click();
  await expect(page.getByRole("textbox", { name: /Article text/ })).toBeVisible();
  expect(await ctrlFTaken(page)).toBe(true);
  await expect(page.getByRole("textbox", { name: "Find in the article" })).toBeFocused();
});
