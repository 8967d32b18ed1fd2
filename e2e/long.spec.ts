import { expect, test } from "@playwright/test";
import {
  annotationOfSpan,
  articleText,
  closePicker,
  HARRIS_ARTICLE,
  putRows,
  selectPhrase,
  slice,
  storedAnnotations,
  watchConsole,
} from "./helpers";

test("a long annotation list draws only the rows in view and still reaches every annotation", async ({
  page,
}) => {
  const errors = watchConsole(page);
  const text = articleText(HARRIS_ARTICLE);
  const chars = Array.from(text);
  const rows = [];
  const tags = ["quote", "claim", "statistic", "speaker"];
  for (const match of text.matchAll(/\p{L}+/gu)) {
    // Offsets in code points (the article has no astral characters, but the rows are built as the app would).
    const start = Array.from(text.slice(0, match.index)).length;
    const end = start + Array.from(match[0]).length;
    rows.push({
      ...annotationOfSpan(chars, start, end, {
        id: `w${rows.length.toString().padStart(4, "0")}`,
        tag: tags[rows.length % 4] ?? "quote",
      }),
      articleId: HARRIS_ARTICLE,
    });
  }
  expect(rows.length).toBeGreaterThan(700);
  await page.goto("/");
  await expect(page.getByRole("table", { name: "Articles" })).toBeVisible();
  await putRows(page, "annotations", rows);
  await page.goto(`/#/article/${HARRIS_ARTICLE}`);

  const list = page.getByRole("list", { name: "Annotations" });
  await expect(list.getByRole("listitem").first()).toHaveAttribute("aria-setsize", String(rows.length));
  expect(await list.getByRole("listitem").count()).toBeLessThan(80);
  expect(await page.locator("[data-annotation-id]").count()).toBeGreaterThanOrEqual(rows.length);

  // Clicking a highlight near the end selects its row, which the list scrolls to and draws.
  const last = rows.at(-1);
  const highlight = page.locator(`[data-annotation-id="${last?.id}"]`).first();
  await highlight.scrollIntoViewIfNeeded();
  await highlight.click();
  const item = list.getByRole("listitem").filter({ has: page.locator('[aria-current="true"]') });
  await expect(item).toContainText(last?.exact ?? "");
  await expect(item).toHaveAttribute("aria-posinset", String(rows.length));
  expect(errors).toEqual([]);
});

test("a long article draws the highlights far down when they come near, and tags there like anywhere", async ({
  page,
}) => {
  const errors = watchConsole(page);
  // 600 lines: the reader groups them in sections, and draws a section's highlights as it nears the viewport.
  const lines = Array.from(
    { length: 600 },
    (_, i) => `Line ${i + 1} of the hearing record: the clerk read item ${i + 1} into the minutes.`,
  );
  const text = `Hearing record\n${lines.join("\n")}\n`;
  await page.goto("/");
  const choosing = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import articles…" }).click();
  await (await choosing).setFiles({ name: "hearing.txt", mimeType: "text/plain", buffer: Buffer.from(text) });
  await page.getByRole("table").getByRole("link", { name: "Hearing record" }).click();
  const reader = page.getByRole("textbox", { name: /Article text/ });
  await expect(reader).toBeVisible();

  await selectPhrase(page, "item 2 into");
  await page.keyboard.press("1");
  await closePicker(page);
  await selectPhrase(page, "item 598 into");
  await page.keyboard.press("2");
  await closePicker(page);
  await expect(page.locator('[data-tag="claim"]')).toHaveText(["item 598 into"]);

  const stored = await storedAnnotations(page);
  expect(stored.map((a) => [a.tag, slice(text, a.start, a.end)]).sort()).toEqual([
    ["claim", "item 598 into"],
    ["quote", "item 2 into"],
  ]);

  // Reopened at its top, the article draws the far highlight once the reader scrolls down to it.
  await page.reload();
  await expect(page.locator('[data-tag="quote"]')).toHaveText(["item 2 into"]);
  await page.locator(".article-text p").filter({ hasText: "Line 598 of" }).scrollIntoViewIfNeeded();
  await expect(page.locator('[data-tag="claim"]')).toHaveText(["item 598 into"]);
  // The highlight at the top, far behind now, is given back; it is drawn again on the way back up.
  await expect(page.locator('[data-tag="quote"]')).toHaveCount(0);
  await page.locator(".article-text p").filter({ hasText: "Line 2 of" }).scrollIntoViewIfNeeded();
  await expect(page.locator('[data-tag="quote"]')).toHaveText(["item 2 into"]);

  // Jumping from the list to a highlight that was never drawn draws it, selected.
  await page.reload();
  await page.getByRole("list", { name: "Annotations" }).getByText("item 598 into").click();
  await expect(page.locator(".hl-selected")).toHaveText(["item 598 into"]);
  expect(errors).toEqual([]);
});
