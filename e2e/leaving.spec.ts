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

test("a note is saved as it is typed, without leaving the field", async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto("/");
  await putRows(page, "annotations", [annotationRow({ id: "n1" })]);
  await openArticle(page, HARRIS_TITLE);
  await page.getByRole("list", { name: "Annotations" }).getByRole("button").first().click();
  const note = page.getByRole("textbox", { name: "Note" });
  await note.click();
  await page.keyboard.type("check the date");
  // Still in the field: nothing blurred it.
  await expect(note).toBeFocused();
  await expect
    .poll(async () => (await storedAnnotations(page))[0]?.note, { timeout: 3000 })
    .toBe("check the date");
  await page.reload();
  await page.getByRole("list", { name: "Annotations" }).getByRole("button").first().click();
  await expect(page.getByRole("textbox", { name: "Note" })).toHaveValue("check the date");
  // Typing in bursts is one step to undo, not one per pause.
  await page.getByRole("textbox", { name: "Note" }).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" again");
  await expect.poll(async () => (await storedAnnotations(page))[0]?.note).toBe("check the date again");
  await page.keyboard.type(" and the place");
  await expect
    .poll(async () => (await storedAnnotations(page))[0]?.note)
    .toBe("check the date again and the place");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(async () => (await storedAnnotations(page))[0]?.note).toBe("check the date");
  expect(errors).toEqual([]);
});

test("a note typed just before the tab closes is kept", async ({ context }) => {
  test.setTimeout(90_000);
  for (let i = 0; i < 6; i++) {
    const page = await context.newPage();
    await page.goto("/");
    await putRows(page, "annotations", [annotationRow({ id: `n${i}` })]);
    await openArticle(page, HARRIS_TITLE);
    // Earlier rounds left their annotations on the same words: this round's is the one with its id.
    await page.locator(`li[data-annotation-id="n${i}"]`).getByRole("button").first().click();
    await page.getByRole("textbox", { name: "Note" }).click();
    await page.keyboard.type(`note ${i}`);
    await page.close();
    const check = await context.newPage();
    await check.goto("/");
    await expect
      .poll(async () => (await storedAnnotations(check)).find((a) => a.id === `n${i}`)?.note, {
        timeout: 3000,
      })
      .toBe(`note ${i}`);
    await check.close();
  }
});

test("a tag made just before the tab closes is kept", async ({ context }) => {
  test.setTimeout(120_000);
  for (let i = 0; i < 10; i++) {
    const page = await context.newPage();
    await openArticle(page, HARRIS_TITLE);
    const before = (await storedAnnotations(page)).length;
    await selectPhrase(page, "Kamala Harris");
    await page.keyboard.press("1");
    await page.close();
    const check = await context.newPage();
    await check.goto("/");
    await expect
      .poll(async () => (await storedAnnotations(check)).length, { timeout: 3000 })
      .toBe(before + 1);
    await check.close();
  }
});

test("leaving asks first while a refused write waits for Retry", async ({ page }) => {
  await canRefuseWrites(page);
  await openArticle(page, HARRIS_TITLE);
  await refuseWrites(page, true);
  await selectPhrase(page, "Kamala Harris");
  await page.keyboard.press("1");
  await expect(page.getByRole("alert").filter({ hasText: "Not saved" })).toBeVisible();
  const asked = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.dismiss();
  // Staying: the unsaved tag can still be retried.
  await refuseWrites(page, false);
  await page.getByRole("alert").getByRole("button", { name: "Retry" }).click();
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(1);
});
