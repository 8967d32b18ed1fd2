import { expect, test } from "@playwright/test";
import {
  annotationFileOf,
  articleText,
  chooseFiles,
  HARRIS_ARTICLE,
  HARRIS_TITLE,
  importFromDialog,
  openArticle,
  storedAnnotations,
  watchConsole,
} from "./helpers";

test("only a placement whose words changed around it is to check; it is shown, compared and confirmed", async ({
  page,
}) => {
  const errors = watchConsole(page);
  const original = articleText(HARRIS_ARTICLE);
  // The version the annotations were made on: a note added at the top (every offset moves), and the
  // words after one quote reworded.
  const theirs = `Editor’s note: this story has been updated with a correction of a name and new details of the talks.\n\n${original.replace("to better manage", "to manage")}`;
  const data = annotationFileOf({ id: HARRIS_ARTICLE, title: "WASHINGTON", text: theirs }, [
    { phrase: "We want to work with you", id: "moved", tag: "quote" },
    { phrase: "strengthen our cooperation", id: "reworded", tag: "quote" },
  ]);
  await page.goto("/");
  await chooseFiles(page, "Import annotations…", [
    { name: "updated.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) },
  ]);
  const dialog = page.getByRole("dialog", { name: "Import annotations from updated.json" });
  await expect(dialog).toContainText("Re-anchoring: 2 placed in the changed text (1 to check)");
  await importFromDialog(page, dialog);

  await openArticle(page, HARRIS_TITLE);
  const text = page.locator(".article-text");
  await expect(text.locator('[data-annotation-id="reworded"]')).toHaveClass(/hl-to-check/);
  await expect(text.locator('[data-annotation-id="moved"]')).not.toHaveClass(/hl-to-check/);
  const list = page.getByRole("list", { name: "Annotations" });
  await expect(list.getByText("To check")).toHaveCount(1);

  await page.getByRole("button", { name: "Next to check" }).click();
  const check = page.getByRole("region", { name: "Place to check" });
  await expect(check).toContainText("Made on");
  await expect(check.getByRole("definition").first()).toContainText("strengthen our cooperation” to manage");
  await expect(check.getByRole("definition").last()).toContainText(
    "strengthen our cooperation” to better manage",
  );

  // C in the text confirms it, as the button does.
  await page.getByRole("textbox", { name: /Article text/ }).focus();
  await page.keyboard.press("c");
  await expect(text.locator('[data-annotation-id="reworded"]')).not.toHaveClass(/hl-to-check/);
  await expect(page.getByRole("button", { name: "Next to check" })).toHaveCount(0);
  const stored = await storedAnnotations(page);
  expect(stored.find((a) => a.id === "reworded")).not.toHaveProperty("review");
  // Undone, it is to check again.
  await page.keyboard.press("Control+z");
  await expect(text.locator('[data-annotation-id="reworded"]')).toHaveClass(/hl-to-check/);
  expect(errors).toEqual([]);
});

test("an annotation file made on an earlier version of an imported article is applied to the new one", async ({
  page,
}) => {
  const errors = watchConsole(page);
  const body =
    "Winds of up to 120 kilometres an hour closed the harbour to all traffic, and ferries to the islands were cancelled until further notice.\n\nFishermen brought their boats ashore on Sunday night, and the coast guard asked people to keep away from the sea wall.";
  const earlier = `Storm closes port\n\n${body}\n\nThe port authority said “ships will wait offshore” on Monday.\n`;
  const later = `Storm closes port for two days\n\n${body}\n\nThe port authority said “ships will wait offshore” until Thursday.\n`;
  await page.goto("/");
  // The new version is in the library; the annotations were made on the earlier one.
  await chooseFiles(page, "Import articles…", [
    { name: "storm.txt", mimeType: "text/plain", buffer: Buffer.from(later) },
  ]);
  await expect(page.getByRole("list", { name: "Import results" })).toContainText("storm.txt: added");
  const data = annotationFileOf(
    { id: "imp_earlier", title: "Storm closes port", text: earlier, source: "import:storm.txt" },
    [{ phrase: "ships will wait offshore", id: "ships", tag: "quote" }],
  );
  await chooseFiles(page, "Import annotations…", [
    { name: "earlier.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) },
  ]);
  const dialog = page.getByRole("dialog", { name: "Import annotations from earlier.json" });
  const target = dialog.getByRole("combobox", { name: /Annotations of “Storm closes port” go to/ });
  // The new version is proposed, and the summary already counts on it.
  await expect(target.locator("option:checked")).toHaveText(
    /^Storm closes port for two days \(\d+% alike\)$/,
  );
  await expect(dialog).toContainText("0 new, 1 already in the library (1 with a different text)");
  await expect(dialog).toContainText("Re-anchoring: 1 placed in the changed text");
  // Choosing a new article instead says so; back to the proposal, and import.
  await target.selectOption({ label: "a new article, added as the file has it" });
  await expect(dialog).toContainText("1 new, 0 already in the library");
  await target.selectOption({ index: 1 });
  await expect(dialog).toContainText("1 with a different text");
  await importFromDialog(page, dialog);

  // No second article: the annotation is on the new version, on the words it was made on.
  await expect(
    page.getByRole("table", { name: "Articles" }).getByRole("link", { name: /^Storm closes port/ }),
  ).toHaveCount(1);
  await page.getByRole("link", { name: "Storm closes port for two days" }).click();
  await expect(page.locator('.article-text [data-annotation-id="ships"]')).toHaveText(
    "ships will wait offshore",
  );
  expect(errors).toEqual([]);
});
