import { expect, type Page, test } from "@playwright/test";
import {
  articleText,
  closePicker,
  dragSelect,
  HARRIS_ARTICLE,
  HARRIS_TITLE,
  openArticle,
  selectPhrase,
  slice,
  storedAnnotations,
  tagSelection,
  watchConsole,
} from "./helpers";

const QUOTE = "We want to work with you to address both the acute causes";
const SPEAKER_IN_QUOTE_SENTENCE = "Harris said";

let consoleErrors: string[];
test.beforeEach(({ page }) => {
  consoleErrors = watchConsole(page);
});
test.afterEach(() => {
  expect(consoleErrors).toEqual([]);
});

function tagButton(page: Page, name: string) {
  return page.getByRole("button", { name, exact: true });
}

function annotationItems(page: Page) {
  return page.getByRole("list", { name: "Annotations" }).getByRole("listitem");
}

test("the library lists every bundled article with its word count and tag counts", async ({ page }) => {
  await page.goto("/");
  const rows = page.getByRole("table", { name: "Articles" }).getByRole("row");
  await expect(rows).toHaveCount(6); // the header and the five seed articles
  const harris = page.getByRole("row", { name: HARRIS_TITLE });
  await expect(harris.getByRole("cell")).toHaveText(["804", "0", "0", "0", "0", ""]);

  await openArticle(page, HARRIS_TITLE);
  await dragSelect(page, QUOTE);
  await tagSelection(page, "Quote");
  await expect(annotationItems(page)).toHaveCount(1);
  await page.getByRole("link", { name: "← Library" }).click();
  await expect(harris.getByRole("cell")).toHaveText(["804", "1", "0", "0", "0", ""]);
});

test("the URL names the open article, so back and forward keep the place", async ({ page }) => {
  await openArticle(page, HARRIS_TITLE);
  await expect(page).toHaveURL(new RegExp(`#/article/${HARRIS_ARTICLE}$`));
  await page.goBack();
  await expect(page.getByRole("table", { name: "Articles" })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole("textbox", { name: /Article text/ })).toBeVisible();
});

test("shows every line of the file, in order, and keeps the text unchanged whatever is typed", async ({
  page,
}) => {
  await openArticle(page, HARRIS_TITLE);
  const text = articleText(HARRIS_ARTICLE);
  const lines = text.split("\n").filter((line) => line !== "");
  const reader = page.getByRole("textbox", { name: /Article text/ });
  await expect(reader.locator("p")).toHaveText(lines);
  await expect(reader).toHaveAttribute("aria-readonly", "true");

  await reader.click();
  await page.keyboard.type("typed text");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Delete");
  await page.keyboard.press("Enter");
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData("text/plain", "pasted text");
    document
      .querySelector(".article-text")
      ?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.keyboard.press("Control+z");
  await expect(reader.locator("p")).toHaveText(lines);
});

test("tags a quote with the mouse and an overlapping speaker, each highlight drawn with its id and tag", async ({
  page,
}) => {
  await openArticle(page, HARRIS_TITLE);
  const text = articleText(HARRIS_ARTICLE);

  // The toolbar stays away while the mouse button is down.
  await dragSelect(page, QUOTE, {
    beforeRelease: async () => expect(tagButton(page, "Quote")).toBeHidden(),
  });
  await expect(tagButton(page, "Quote")).toBeVisible();
  await expectToolbarClearOfSelection(page);
  await tagSelection(page, "Quote");
  await expect(page.locator('[data-tag="quote"][data-annotation-id]')).toHaveText([QUOTE]);

  // "address both the acute causes as well as" overlaps the end of the quote.
  const overlap = "acute causes as well as";
  await dragSelect(page, overlap);
  await tagSelection(page, "Speaker");
  await expect(annotationItems(page)).toHaveCount(2);

  const stored = (await storedAnnotations(page)).sort((a, b) => a.start - b.start);
  expect(stored.map((a) => [a.tag, a.exact])).toEqual([
    ["quote", QUOTE],
    ["speaker", overlap],
  ]);
  for (const a of stored) expect(slice(text, a.start, a.end)).toBe(a.exact);

  // The overlap is drawn as nested elements: "acute causes" carries both highlights.
  const nested = page.locator(
    '[data-tag="quote"] [data-tag="speaker"], [data-tag="speaker"] [data-tag="quote"]',
  );
  await expect(nested.first()).toHaveText("acute causes");
  for (const a of stored) {
    await expect(page.locator(`[data-annotation-id="${a.id}"]`).first()).toHaveAttribute("data-tag", a.tag);
  }
});

test("snaps a selection to whole words and ignores a selection of only punctuation", async ({ page }) => {
  await openArticle(page, HARRIS_TITLE);
  // From inside "acute" to inside "causes": the annotation takes both whole words.
  await selectPhrase(page, "ute cau", { paragraph: "the acute causes as well" });
  await page.keyboard.press("3");
  await closePicker(page);
  await expect(annotationItems(page)).toHaveCount(1);
  expect((await storedAnnotations(page)).map((a) => a.exact)).toEqual(["acute causes"]);

  // The dash "—" alone is no span worth tagging.
  await dragSelect(page, "—");
  await expect(tagButton(page, "Quote")).toBeHidden();
  await page.keyboard.press("1");
  await expect(annotationItems(page)).toHaveCount(1);
});

test("tags with the keyboard alone: caret, Shift+Ctrl+Arrow selection and the 2 key", async ({ page }) => {
  await page.goto("/");
  const link = page.getByRole("link", { name: HARRIS_TITLE });
  await link.focus();
  await page.keyboard.press("Enter");
  const reader = page.getByRole("textbox", { name: /Article text/ });
  await expect(reader).toBeVisible();
  // Tab through the header into the text.
  for (let i = 0; i < 6 && !(await reader.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(reader).toBeFocused();
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("Control+ArrowRight"); // past "WASHINGTON"
  await page.keyboard.press("Control+ArrowRight"); // past "—"
  await page.keyboard.press("Control+Shift+ArrowRight");
  await page.keyboard.press("Control+Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  await expect(tagButton(page, "Claim")).toBeVisible();
  await page.keyboard.press("2");
  await closePicker(page);
  await expect(annotationItems(page)).toHaveCount(1);
  const [stored] = await storedAnnotations(page);
  expect(stored?.tag).toBe("claim");
  // Two words and two letters of "Kamala": snapped to whole words.
  expect(stored?.exact).toBe("Vice President Kamala");
  await expect(reader).toBeFocused();
});

test("retags, notes, deletes and undoes from the annotation list and the keyboard", async ({ page }) => {
  await openArticle(page, HARRIS_TITLE);
  await dragSelect(page, QUOTE);
  await tagSelection(page, "Quote");
  await dragSelect(page, SPEAKER_IN_QUOTE_SENTENCE);
  await tagSelection(page, "Speaker");
  await expect(annotationItems(page)).toHaveCount(2);

  const quoteItem = annotationItems(page).filter({ hasText: QUOTE });
  await quoteItem.getByRole("button").first().click();
  await expect(page.locator(".hl-selected").first()).toHaveText(QUOTE);

  await quoteItem.getByRole("combobox", { name: "Tag" }).selectOption("Claim");
  await expect(page.locator('[data-tag="claim"]').first()).toHaveText(QUOTE);
  await quoteItem.getByRole("textbox", { name: "Note" }).fill("Opening remarks, check the transcript");
  await quoteItem.getByRole("textbox", { name: "Note" }).press("Tab");
  await expect
    .poll(async () => (await storedAnnotations(page)).find((a) => a.exact === QUOTE))
    .toMatchObject({ tag: "claim", note: "Opening remarks, check the transcript" });

  // Clicking a highlight selects its item.
  await page.locator('[data-tag="speaker"]').first().click();
  const speakerItem = annotationItems(page).filter({ hasText: SPEAKER_IN_QUOTE_SENTENCE });
  await expect(speakerItem.getByRole("button").first()).toHaveAttribute("aria-current", "true");

  await speakerItem.getByRole("button", { name: "Delete" }).click();
  await expect(annotationItems(page)).toHaveCount(1);
  await expect(page.locator('[data-tag="speaker"]')).toHaveCount(0);

  await quoteItem.getByRole("button").first().click();
  await quoteItem.getByRole("button").first().press("Delete");
  await expect(annotationItems(page)).toHaveCount(0);
  expect(await storedAnnotations(page)).toEqual([]);

  await page.keyboard.press("Control+z");
  await expect(annotationItems(page)).toHaveCount(1);
  await page.keyboard.press("Control+z");
  await expect(annotationItems(page)).toHaveCount(2);
  await page.keyboard.press("Control+z"); // the note
  await page.keyboard.press("Control+z"); // the tag
  await expect
    .poll(async () => (await storedAnnotations(page)).find((a) => a.exact === QUOTE))
    .toMatchObject({
      tag: "quote",
      note: "",
    });
  await page.keyboard.press("Control+Shift+z");
  await expect
    .poll(async () => (await storedAnnotations(page)).find((a) => a.exact === QUOTE)?.tag)
    .toBe("claim");

  await page.reload();
  await expect(annotationItems(page)).toHaveCount(2);
  await expect(page.locator('[data-tag="claim"]').first()).toHaveText(QUOTE);
  await expect(page.locator('[data-tag="speaker"]').first()).toHaveText(SPEAKER_IN_QUOTE_SENTENCE);
});

test("filters the list and the highlights by tag", async ({ page }) => {
  await openArticle(page, HARRIS_TITLE);
  await dragSelect(page, QUOTE);
  await tagSelection(page, "Quote");
  await dragSelect(page, SPEAKER_IN_QUOTE_SENTENCE);
  await tagSelection(page, "Speaker");
  await expect(annotationItems(page)).toHaveCount(2);
  await page.getByRole("checkbox", { name: "Quotes" }).uncheck();
  await expect(annotationItems(page)).toHaveText([new RegExp(SPEAKER_IN_QUOTE_SENTENCE)]);
  await expect(page.locator('[data-tag="quote"]')).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Quotes" }).check();
  await expect(annotationItems(page)).toHaveCount(2);
});

test("tags one annotation across two paragraphs", async ({ page }) => {
  await openArticle(page, HARRIS_TITLE);
  const text = articleText(HARRIS_ARTICLE);
  await selectPhrase(page, "southern border.", { through: "Harris made" });
  await page.keyboard.press("1");
  await closePicker(page);
  await expect(annotationItems(page)).toHaveCount(1);
  const [stored] = await storedAnnotations(page);
  expect(stored?.exact).toBe("southern border.\n\nHarris made");
  expect(slice(text, stored?.start ?? 0, stored?.end ?? 0)).toBe(stored?.exact);
});

test("a tag added in one tab shows in another without reload", async ({ page, context }) => {
  await openArticle(page, HARRIS_TITLE);
  const other = await context.newPage();
  const otherErrors = watchConsole(other);
  await openArticle(other, HARRIS_TITLE);

  await dragSelect(page, QUOTE);
  await tagSelection(page, "Quote");
  await expect(other.locator('[data-tag="quote"]').first()).toHaveText(QUOTE);
  await expect(annotationItems(other)).toHaveCount(1);

  await annotationItems(other).getByRole("button").first().click();
  await annotationItems(other).getByRole("button", { name: "Delete" }).click();
  await expect(page.locator('[data-tag="quote"]')).toHaveCount(0);
  expect(otherErrors).toEqual([]);
});

test("exports JSON whose offsets index the article text exactly", async ({ page }) => {
  await openArticle(page, HARRIS_TITLE);
  await dragSelect(page, SPEAKER_IN_QUOTE_SENTENCE);
  await tagSelection(page, "Speaker");
  await dragSelect(page, QUOTE);
  await tagSelection(page, "Quote");
  await expect(annotationItems(page)).toHaveCount(2);

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^quote-annotator-${HARRIS_ARTICLE}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
  );
  const data = JSON.parse(await readDownload(download));
  expect(data).toMatchObject({ format: "quote-annotator", version: 4 });
  expect(data.articles).toHaveLength(1);
  const [article] = data.articles;
  expect(article.text).toBe(articleText(HARRIS_ARTICLE));
  expect(article.annotations.map((a: { exact: string }) => a.exact)).toEqual([
    QUOTE,
    SPEAKER_IN_QUOTE_SENTENCE,
  ]);
  for (const a of article.annotations) {
    expect(slice(article.text, a.start, a.end)).toBe(a.exact);
    expect(slice(article.text, Math.max(0, a.start - 32), a.start)).toBe(a.prefix);
  }

  await page.getByRole("link", { name: "← Library" }).click();
  const downloadingAll = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export all" }).click();
  const all = JSON.parse(await readDownload(await downloadingAll));
  expect(all.articles).toHaveLength(5);
  expect(all.articles.flatMap((a: { annotations: unknown[] }) => a.annotations)).toHaveLength(2);
});

test("says so when storage is unavailable, and still shows the article", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", { value: undefined, configurable: true });
  });
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText("Storage is unavailable");
  await page.getByRole("link", { name: HARRIS_TITLE }).click();
  const reader = page.getByRole("textbox", { name: /Article text/ });
  await expect(reader.locator("p").first()).toContainText("WASHINGTON");
  await dragSelect(page, QUOTE);
  await tagButton(page, "Quote").click();
  await expect(page.getByRole("status").filter({ hasText: "cannot be saved" })).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

async function readDownload(download: import("@playwright/test").Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function expectToolbarClearOfSelection(page: Page) {
  const { toolbar, selection } = await page.evaluate(() => {
    const box = document.querySelector('[role="toolbar"]')?.getBoundingClientRect();
    const rects = Array.from(getSelection()?.getRangeAt(0).getClientRects() ?? []);
    return {
      toolbar: box && { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
      selection: rects.map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right })),
    };
  });
  expect(toolbar).toBeTruthy();
  expect(selection.length).toBeGreaterThan(0);
  for (const r of selection) {
    const overlaps =
      toolbar &&
      toolbar.left < r.right &&
      r.left < toolbar.right &&
      toolbar.top < r.bottom &&
      r.top < toolbar.bottom;
    expect(overlaps).toBe(false);
  }
}
