import { expect, type Locator, type Page, test } from "@playwright/test";
import { closePicker, HARRIS_TITLE, openArticle, selectPhrase } from "./helpers";

/** An unexpected error of the page, as a bug in any view would raise it. */
async function raiseUnexpectedError(page: Page, message: string) {
  await page.evaluate((text) => {
    setTimeout(() => {
      throw new Error(text);
    });
  }, message);
}

/** Whether the element at the middle of `field` is the field itself, i.e. nothing is drawn over it. */
async function uncovered(field: Locator): Promise<boolean> {
  return field.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top !== null && (top === element || element.contains(top));
  });
}

test.use({ viewport: { width: 1280, height: 560 } });

test("the error log never covers the reader's controls, and a focused field is never under it", async ({
  page,
}) => {
  await openArticle(page, HARRIS_TITLE);
  for (const phrase of ["Kamala Harris", "Alejandro Giammattei", "Northern Triangle"]) {
    await selectPhrase(page, phrase);
    await page.keyboard.press("1");
    await closePicker(page);
  }
  const items = page.getByRole("list", { name: "Annotations" }).getByRole("listitem");
  await expect(items).toHaveCount(3);
  await items.nth(2).getByRole("button").first().click();
  const note = page.getByRole("textbox", { name: "Note" });
  await expect(note).toBeVisible();

  await raiseUnexpectedError(page, "Something broke in a view");
  const log = page.getByRole("region", { name: "Error log" });
  await expect(log).toContainText("Something broke in a view");
  await page.screenshot({ path: "/tmp/wt-e-error-log-collapsed.png" });

  // Every control of the sidebar stays reachable by the mouse.
  const controls = page
    .getByRole("complementary", { name: "Annotations of this article" })
    .locator("button:visible, input:visible, textarea:visible, select:visible");
  for (const control of await controls.all()) {
    await control.scrollIntoViewIfNeeded();
    expect(await uncovered(control), await control.evaluate((e) => e.outerHTML.slice(0, 80))).toBe(true);
  }

  // Opened, the log shows everything; focusing a field elsewhere folds it away again.
  await log.getByRole("button", { name: /1 error/ }).click();
  await expect(log.getByRole("button", { name: "Copy" })).toBeVisible();
  await page.screenshot({ path: "/tmp/wt-e-error-log-open.png" });
  await note.focus();
  await expect(log.getByRole("button", { name: "Copy" })).toBeHidden();
  expect(await uncovered(note)).toBe(true);
  await note.fill("still reachable");
  await expect(note).toHaveValue("still reachable");

  // Dismissed, it is gone.
  await log.getByRole("button", { name: "Dismiss" }).click();
  await expect(log).toBeHidden();
});

test("a focused link or button the badge covers sends the badge to the other corner", async ({ page }) => {
  // Short, so that the library's links scroll past the badge.
  await page.setViewportSize({ width: 900, height: 360 });
  await page.goto("/");
  await expect(page.getByRole("table", { name: "Articles" })).toBeVisible();
  await raiseUnexpectedError(page, "Something broke in the library");
  const log = page.getByRole("region", { name: "Error log" });
  await expect(log).toContainText("Something broke in the library");
  // Scrolls until some link or button of the page lies under the badge, and marks it.
  const found = await page.evaluate(() => {
    const badge = document.querySelector("section.error-log")?.getBoundingClientRect();
    if (!badge) return false;
    for (const element of Array.from(document.querySelectorAll("main a[href], main button"))) {
      // Brought to the badge's height, where the page can scroll it; kept if its middle is then under it.
      const before = element.getBoundingClientRect();
      window.scrollBy(0, before.top + before.height / 2 - (badge.top + badge.height / 2));
      const box = element.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x > badge.left && x < badge.right && y > badge.top && y < badge.bottom) {
        element.setAttribute("data-under-badge", "");
        return true;
      }
    }
    return false;
  });
  expect(found).toBe(true);
  const covered = page.locator("[data-under-badge]");
  expect(await uncovered(covered)).toBe(false);
  await covered.focus();
  await expect.poll(() => uncovered(covered)).toBe(true);
  await page.screenshot({ path: "/tmp/wt-e-error-log-library.png" });
});
