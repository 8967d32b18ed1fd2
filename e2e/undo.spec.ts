import { expect, test } from "@playwright/test";
import {
  closePicker,
  HARRIS_TITLE,
  openArticle,
  selectPhrase,
  storedAnnotations,
  watchConsole,
} from "./helpers";

test("one undo history for the app: a tag made in the reader is undone from the library and redone from the speakers page", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await openArticle(page, HARRIS_TITLE);
  await selectPhrase(page, "Kamala Harris");
  await page.keyboard.press("1");
  await closePicker(page);
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(1);

  await page.getByRole("link", { name: "← Library" }).click();
  await expect(page.getByRole("table", { name: "Articles" })).toBeVisible();
  await page.keyboard.press("Control+z");
  await expect(page.getByRole("status").filter({ hasText: "Undone: Create quote." })).toBeVisible();
  expect(await storedAnnotations(page)).toEqual([]);

  await page.getByRole("link", { name: "Speakers" }).click();
  await expect(page.getByRole("heading", { name: "Speakers", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Redo" })).toBeEnabled();
  // Ctrl+Y redoes everywhere, as Ctrl+Shift+Z does.
  await page.keyboard.press("Control+y");
  await expect(page.getByRole("status").filter({ hasText: "Redone: Create quote." })).toBeVisible();
  expect((await storedAnnotations(page)).map((a) => [a.tag, a.exact])).toEqual([["quote", "Kamala Harris"]]);

  // Back in the reader, the annotation is there and the history goes on.
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole("list", { name: "Annotations" }).getByRole("listitem")).toHaveCount(1);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("list", { name: "Annotations" })).toBeHidden();
  expect(await storedAnnotations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test("undo and redo never overwrite what another tab changed since, and say so", async ({ context }) => {
  const first = await context.newPage();
  const errors = watchConsole(first);
  await openArticle(first, HARRIS_TITLE);
  await selectPhrase(first, "Kamala Harris");
  await first.keyboard.press("1");
  await closePicker(first);
  await expect.poll(async () => (await storedAnnotations(first)).length).toBe(1);

  // The second tab deletes the new annotation.
  const second = await context.newPage();
  await openArticle(second, HARRIS_TITLE);
  const items = second.getByRole("list", { name: "Annotations" }).getByRole("listitem");
  await expect(items).toHaveCount(1);
  await items.getByRole("button").first().click();
  await second.getByRole("button", { name: "Delete", exact: true }).click();
  await expect.poll(async () => (await storedAnnotations(second)).length).toBe(0);

  // Back in the first tab, there is nothing of its own left to undo, and redo must not bring it back.
  await first.bringToFront();
  await first.getByRole("button", { name: "Undo" }).click();
  await expect(
    first.getByRole("status").filter({ hasText: "Nothing to undo here: changed in another tab since." }),
  ).toBeVisible();
  await expect(first.getByRole("button", { name: "Redo" })).toBeDisabled();
  await first.keyboard.press("Control+Shift+z");
  expect(await storedAnnotations(first)).toEqual([]);
  await expect(first.locator("[data-annotation-id]")).toHaveCount(0);
  expect(errors).toEqual([]);
});
