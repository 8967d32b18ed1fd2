import { expect, type Page, test } from "@playwright/test";
import { articleText, HARRIS_ARTICLE, HARRIS_TITLE, slice, storedAnnotations, watchConsole } from "./helpers";

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, isTarget: () => Promise<boolean>, backwards = false, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await isTarget()) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error("never reached the control by Tab");
}

const focused = (page: Page, selector: string) => () =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

test("the whole flow with the keyboard alone: open, select, tag, attribute, note, delete, undo, export", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto("/");
  // Open the article from the library.
  await tabTo(page, () =>
    page.evaluate(
      (title) => new RegExp(title).test(document.activeElement?.textContent ?? ""),
      HARRIS_TITLE.source,
    ),
  );
  await page.keyboard.press("Enter");
  const reader = page.getByRole("textbox", { name: /Article text/ });
  await expect(reader).toBeVisible();

  // Into the text, select "Kamala Harris" by word and tag it Speaker, creating the speaker.
  await tabTo(page, focused(page, ".article-text"));
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < 4; i++) await page.keyboard.press("Control+ArrowRight");
  await page.keyboard.press("Control+Shift+ArrowRight");
  await page.keyboard.press("Control+Shift+ArrowRight");
  await page.keyboard.press("4");
  const picker = page.getByRole("dialog");
  await expect(picker.getByRole("option").first()).toHaveText("Create speaker “Kamala Harris”");
  await page.keyboard.press("Enter");
  await expect(picker).toBeHidden();
  await expect(reader).toBeFocused();
  // The link shows in the list once saved; the caret moves on from there.
  await expect(page.getByRole("list", { name: "Annotations" })).toContainText("Names Kamala Harris");

  // A quote in the same sentence: "Guatemalan President", attributed through the picker by arrows.
  await page.keyboard.press("Control+ArrowRight"); // past "told"
  await page.keyboard.press("Control+Shift+ArrowRight");
  await page.keyboard.press("Control+Shift+ArrowRight");
  await page.keyboard.press("1");
  await expect(picker).toHaveAccessibleName("Who said this quote?");
  await page.keyboard.type("kamala");
  await expect(picker.getByRole("option").first()).toContainText("Kamala Harris");
  await page.keyboard.press("Enter");
  await expect(picker).toBeHidden();

  // Note: Tab from the text to the selected item's note field.
  await tabTo(page, focused(page, "textarea"));
  await page.keyboard.type("headline claim");
  await page.keyboard.press("Tab");
  await expect
    .poll(async () => (await storedAnnotations(page)).find((a) => a.tag === "quote")?.note)
    .toBe("headline claim");

  // Delete the quote from its item with the Delete key, then undo.
  await tabTo(page, focused(page, ".annotation-item.selected .annotation-summary"), true);
  await page.keyboard.press("Delete");
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(1);
  await page.keyboard.press("Control+z");
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(2);

  const stored = await storedAnnotations(page);
  const text = articleText(HARRIS_ARTICLE);
  expect(stored.map((a) => [a.tag, a.exact]).sort()).toEqual([
    ["quote", "Guatemalan President"],
    ["speaker", "Kamala Harris"],
  ]);
  for (const a of stored) expect(slice(text, a.start, a.end)).toBe(a.exact);
  const speakerIds = new Set(stored.map((a) => a.speakerId));
  expect(speakerIds.size).toBe(1);
  expect([...speakerIds][0]).not.toBeNull();

  // Export from the header.
  await tabTo(page, () => page.evaluate(() => document.activeElement?.textContent === "Export JSON"), true);
  const downloading = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  expect((await downloading).suggestedFilename()).toContain(HARRIS_ARTICLE);
  expect(errors).toEqual([]);
});
