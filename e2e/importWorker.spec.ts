import { expect, test } from "@playwright/test";
import {
  annotationFileOf,
  articleText,
  chooseFiles,
  HARRIS_ARTICLE,
  storedAnnotations,
  watchConsole,
} from "./helpers";

/**
 * A long story (about 300,000 characters) in the library, and some 700 annotations made on an earlier
 * version of it whose text differed all through (every seventh space was a double one): each is placed
 * again by near matching over the whole text, which takes long enough to watch and to cancel.
 */
function longStory() {
  const paragraphs = articleText(HARRIS_ARTICLE)
    .split("\n")
    .filter((line) => line.trim() !== "");
  const lines = Array.from({ length: 60 }, (_, round) =>
    paragraphs.map((p, i) => `Part ${round}.${i}: ${p}`).join("\n\n"),
  );
  const later = `A long story in many parts\n\n${lines.join("\n\n")}\n`;
  let spaces = 0;
  const earlier = later.replace(/ /g, () => (++spaces % 7 === 0 ? "  " : " "));
  const words = [...new Set(earlier.match(/Part \d+\.\d+: \p{L}+/gu) ?? [])];
  const spans = words.slice(0, 800).map((phrase, i) => ({ phrase, id: `p${i}`, tag: "quote" }));
  const file = annotationFileOf(
    { id: "imp_earlier", title: "A long story in many parts", text: earlier },
    spans,
  );
  return {
    later,
    count: spans.length,
    file: { name: "earlier.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) },
  };
}

test("a large annotation file is placed in a worker, with progress, and Cancel leaves nothing", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchConsole(page);
  const { later, count, file } = longStory();
  expect(count).toBeGreaterThan(500);
  await page.goto("/");
  await chooseFiles(page, "Import articles…", [
    { name: "story.txt", mimeType: "text/plain", buffer: Buffer.from(later) },
  ]);
  await expect(page.getByRole("list", { name: "Import results" })).toContainText("story.txt: added");

  await chooseFiles(page, "Import annotations…", [file]);
  const status = page.getByRole("status").filter({ hasText: "Placing annotations in changed texts" });
  await expect(status).toContainText(`of ${count} annotations`, { timeout: 30_000 });
  await status.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("list", { name: "Import results" })).toContainText(
    "earlier.json: cancelled; nothing was imported",
  );
  await expect(page.getByRole("dialog")).toHaveCount(0);
  expect(await storedAnnotations(page)).toEqual([]);

  // Again, to the end: the preview proposes the story as the article the file was made on, and the
  // import reuses the preview's placements.
  await chooseFiles(page, "Import annotations…", [file]);
  const dialog = page.getByRole("dialog", { name: "Import annotations from earlier.json" });
  await expect(dialog).toContainText(`${count} annotations`, { timeout: 120_000 });
  await dialog.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("list", { name: "Import results" })).toContainText(
    "earlier.json: imported (merge)",
    { timeout: 60_000 },
  );
  expect((await storedAnnotations(page)).length).toBe(count);

  // The import is one step, undone and redone whole (its changes crossed from the worker as text).
  await page.keyboard.press("Control+z");
  await expect(page.getByRole("status").filter({ hasText: "Undone:" })).toBeVisible();
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(0);
  await page.keyboard.press("Control+y");
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(count);
  expect(errors).toEqual([]);
});
