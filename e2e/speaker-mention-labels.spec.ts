import { expect, test } from "@playwright/test";
import {
  closePicker,
  HARRIS_TITLE,
  openArticle,
  selectPhrase,
  storedAnnotations,
  watchConsole,
} from "./helpers";

test("deleting a speaker span says a mention was deleted, not the person", async ({ page }) => {
  const errors = watchConsole(page);
  await openArticle(page, HARRIS_TITLE);
  await selectPhrase(page, "Kamala Harris");
  await page.keyboard.press("4");
  await closePicker(page);
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(1);

  const items = page.getByRole("list", { name: "Annotations" }).getByRole("listitem");
  await items.getByRole("button").first().click();
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Deleted speaker mention." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Undo" })).toHaveAttribute(
    "title",
    /^Undo Delete speaker mention/,
  );
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Undone: Delete speaker mention." })).toBeVisible();
  expect((await storedAnnotations(page)).map((a) => [a.tag, a.exact])).toEqual([
    ["speaker", "Kamala Harris"],
  ]);
  expect(errors).toEqual([]);
});
