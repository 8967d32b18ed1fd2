import { expect, test } from "@playwright/test";
import {
  annotationRow,
  canRefuseWrites,
  HARRIS_TITLE,
  openArticle,
  putRows,
  refuseWrites,
  selectPhrase,
  storedAnnotations,
  watchConsole,
} from "./helpers";

const refuse = refuseWrites;

let errors: string[];
test.beforeEach(async ({ page }) => {
  errors = watchConsole(page);
  await canRefuseWrites(page);
});
test.afterEach(() => {
  expect(errors.filter((e) => !/Quota/i.test(e))).toEqual([]);
});

test("a refused retag is taken back: the highlight keeps the tag the database has", async ({ page }) => {
  await page.goto("/");
  await putRows(page, "annotations", [annotationRow({ id: "c1", tag: "claim" })]);
  await openArticle(page, HARRIS_TITLE);
  const highlight = page.locator('.article-text [data-annotation-id="c1"]');
  await expect(highlight).toHaveAttribute("data-tag", "claim");
  await page.getByRole("list", { name: "Annotations" }).getByRole("button").first().click();

  await refuse(page, true);
  await page.getByRole("combobox", { name: "Tag" }).selectOption("statistic");
  await expect(
    page.getByRole("alert").filter({ hasText: "Not saved: could not change the tag" }),
  ).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Tag" })).toHaveValue("claim");
  await expect(highlight).toHaveAttribute("data-tag", "claim");
  expect((await storedAnnotations(page)).map((a) => a.tag)).toEqual(["claim"]);

  // Retry saves it, and then it is drawn as what was saved.
  await refuse(page, false);
  await page.getByRole("alert").getByRole("button", { name: "Retry" }).click();
  await expect(highlight).toHaveAttribute("data-tag", "statistic");
  expect((await storedAnnotations(page)).map((a) => a.tag)).toEqual(["statistic"]);
});

test("a refused speaker choice in the picker is kept with Retry and a download", async ({ page }) => {
  await openArticle(page, HARRIS_TITLE);
  await selectPhrase(page, "Kamala Harris");
  await page.keyboard.press("4");
  await expect(page.getByRole("dialog")).toBeVisible();
  await refuse(page, true);
  await page.keyboard.press("Enter");
  const alert = page.getByRole("alert").filter({ hasText: "Not saved: could not save the speaker" });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole("button", { name: "Download unsaved change" })).toBeVisible();
  expect((await storedAnnotations(page))[0]?.speakerId).toBeNull();
  await refuse(page, false);
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(alert).toBeHidden();
  await expect.poll(async () => (await storedAnnotations(page))[0]?.speakerId).not.toBeNull();
});

test("a refused rename or delete in the speakers panel is kept with Retry, and the page stays", async ({
  page,
}) => {
  await page.goto("/");
  await putRows(page, "speakers", [{ id: "kh", name: "Kamala Harris", aliases: [] }]);
  await page.goto("/#/speakers/kh");
  await expect(page.getByRole("heading", { name: "Kamala Harris", level: 2 })).toBeVisible();

  await refuse(page, true);
  await page.getByRole("textbox", { name: "Name" }).fill("Vice President Harris");
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Not saved: could not rename the speaker" }),
  ).toBeVisible();

  await page.getByRole("button", { name: "Delete speaker…" }).click();
  await page.getByRole("button", { name: "Delete speaker", exact: true }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Not saved: could not delete the speaker" }),
  ).toBeVisible();
  // A refused delete does not leave as if it had worked.
  expect(new URL(page.url()).hash).toBe("#/speakers/kh");
  await expect(page.getByRole("heading", { name: "Kamala Harris", level: 2 })).toBeVisible();

  await refuse(page, false);
  const deleting = page.getByRole("alert").filter({ hasText: "could not delete the speaker" });
  await deleting.getByRole("button", { name: "Retry" }).click();
  await expect.poll(() => new URL(page.url()).hash).toBe("#/speakers");
});
