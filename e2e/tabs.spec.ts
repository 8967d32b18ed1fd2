import { expect, type Page, test } from "@playwright/test";
import {
  articleText,
  HARRIS_ARTICLE,
  HARRIS_TITLE,
  openArticle,
  selectPhrase,
  storedAnnotations,
  watchConsole,
} from "./helpers";

/** Words that occur exactly once in the article, even as part of another word, so each names one place. */
function uniqueWords(count: number): string[] {
  const text = articleText(HARRIS_ARTICLE);
  const words = [...new Set(text.match(/\p{L}{6,}/gu) ?? [])];
  return words.filter((w) => text.split(w).length === 2).slice(0, count);
}

async function tagWord(page: Page, word: string, key: string) {
  await selectPhrase(page, word);
  await page.keyboard.press(key);
  const picker = page.getByRole("dialog");
  await expect(picker).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(picker).toBeHidden();
}

async function deleteByHighlight(page: Page, id: string) {
  const highlight = page.locator(`[data-annotation-id="${id}"]`).first();
  await highlight.scrollIntoViewIfNeeded();
  await highlight.click();
  await expect(page.locator(`.hl-selected[data-annotation-id="${id}"]`).first()).toBeVisible();
  await page.keyboard.press("Delete");
  await expect(page.locator(`[data-annotation-id="${id}"]`)).toHaveCount(0);
}

test("two tabs editing one article at once: every edit from each survives and both show the same state", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const words = uniqueWords(120);
  expect(words.length).toBe(120);
  const tabs = [page, await context.newPage()] as const;
  const errors = tabs.map((tab) => watchConsole(tab));
  for (const tab of tabs) await openArticle(tab, HARRIS_TITLE);

  // 120 creations, alternating tabs and tags.
  for (const [i, word] of words.entries()) {
    await tagWord(tabs[i % 2] as Page, word, String((i % 4) + 1));
  }
  await expect.poll(async () => (await storedAnnotations(page)).length, { timeout: 10_000 }).toBe(120);

  // 40 deletions, each tab deleting annotations the other tab created, interleaved.
  const stored = await storedAnnotations(page);
  const idOf = (word: string) => stored.find((a) => a.exact === word)?.id ?? "";
  const deleted = words.filter((_, i) => i % 3 === 0).slice(0, 40);
  for (const [i, word] of deleted.entries()) {
    const creator = words.indexOf(word) % 2;
    const deleter = tabs[(creator + 1) % 2] as Page;
    await deleteByHighlight(deleter, idOf(word));
    if (i % 2 === 1) await tagWord(tabs[i % 2] as Page, word, "2"); // re-tag half of them, from either tab
  }

  const recreated = deleted.filter((_, i) => i % 2 === 1);
  const expected = words
    .filter((w) => !deleted.includes(w) || recreated.includes(w))
    .map((w) => [
      w,
      recreated.includes(w) ? "claim" : ["quote", "claim", "statistic", "speaker"][words.indexOf(w) % 4],
    ])
    .sort();
  await expect
    .poll(async () => (await storedAnnotations(page)).map((a) => [a.exact, a.tag]).sort(), {
      timeout: 10_000,
    })
    .toEqual(expected);
  for (const tab of tabs) {
    await expect(tab.getByRole("list", { name: "Annotations" }).getByRole("listitem")).toHaveCount(
      expected.length,
    );
  }
  expect(errors.flat()).toEqual([]);
});
