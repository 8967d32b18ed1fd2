import { expect, test } from "@playwright/test";
import { closePicker, openArticle, selectPhrase, storedAnnotations, watchConsole } from "./helpers";

const HARRIS_TITLE = /^WASHINGTON — Vice President Kamala Harris told/;

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
