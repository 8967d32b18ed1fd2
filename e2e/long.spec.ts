import { expect, test } from "@playwright/test";
import { annotationRow, articleText, HARRIS_ARTICLE, putRows, slice, watchConsole } from "./helpers";

test("a long annotation list draws only the rows in view and still reaches every annotation", async ({
  page,
}) => {
  const errors = watchConsole(page);
  const text = articleText(HARRIS_ARTICLE);
  const chars = Array.from(text);
  const rows = [];
  const tags = ["quote", "claim", "statistic", "speaker"];
  for (const match of chars.join("").matchAll(/\p{L}+/gu)) {
    // Offsets in code points (the article has no astral characters, but the rows are built as the app would).
    const start = Array.from(chars.join("").slice(0, match.index)).length;
    const end = start + Array.from(match[0]).length;
    rows.push(
      annotationRow({
        id: `w${rows.length.toString().padStart(4, "0")}`,
        tag: tags[rows.length % 4] ?? "quote",
        start,
        end,
        exact: slice(text, start, end),
        prefix: slice(text, Math.max(0, start - 32), start),
        suffix: slice(text, end, end + 32),
      }),
    );
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
