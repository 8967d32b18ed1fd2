import { expect, type Page, test } from "@playwright/test";
import {
  articleText,
  HARRIS_ARTICLE,
  HARRIS_TITLE,
  openArticle,
  selectPhrase,
  slice,
  storedAnnotations,
  watchConsole,
} from "./helpers";

const HARRIS_QUOTE = "We want to work with you to address both the acute causes";
const PARTNER = "partner";

let consoleErrors: string[];
test.beforeEach(({ page }) => {
  consoleErrors = watchConsole(page);
});
test.afterEach(() => {
  expect(consoleErrors).toEqual([]);
});

const picker = (page: Page) => page.getByRole("dialog");
const options = (page: Page) => picker(page).getByRole("option");

/** Tags a phrase with a key and answers the picker by keyboard: optional typing, then Enter. */
async function tagByKeyboard(page: Page, phrase: string, key: string, typed = "") {
  await expect(picker(page)).toBeHidden();
  await selectPhrase(page, phrase);
  await page.keyboard.press(key);
  await expect(picker(page)).toBeVisible();
  if (typed) await page.keyboard.type(typed);
}

test("links speaker spans, attributes quotes by keyboard with proposals, merges speakers, and exports them", async ({
  page,
}) => {
  await openArticle(page, HARRIS_TITLE);

  // Two speakers from their first mentions: the picker offers to create each.
  await tagByKeyboard(page, "Kamala Harris", "4");
  await expect(picker(page)).toHaveAccessibleName("Which speaker is this?");
  await expect(options(page).first()).toHaveText("Create speaker “Kamala Harris”");
  await page.keyboard.press("Enter");
  await expect(picker(page)).toBeHidden();
  await tagByKeyboard(page, "Alejandro Giammattei", "4");
  await page.keyboard.press("Enter");
  await expect(picker(page)).toBeHidden();

  // A later bare surname proposes the existing speaker, and becomes an alias.
  await expect(picker(page)).toBeHidden();
  await selectPhrase(page, "Harris", { occurrence: 2 });
  await page.keyboard.press("4");
  await expect(options(page).first()).toContainText("Kamala Harris");
  await expect(options(page).first()).toContainText("Suggested");
  await page.keyboard.press("Enter");
  await expect(picker(page)).toBeHidden();

  // Quotes: the picker proposes the speaker next to the speech verb first.
  await tagByKeyboard(page, HARRIS_QUOTE, "1");
  await expect(picker(page)).toHaveAccessibleName("Who said this quote?");
  await expect(options(page).first()).toContainText("Kamala Harris");
  await page.keyboard.press("Enter");
  await tagByKeyboard(page, PARTNER, "1");
  await expect(options(page).first()).toContainText("Alejandro Giammattei");
  await page.keyboard.press("Enter");

  // A third speaker, created from the picker by typing, for a claim.
  await tagByKeyboard(page, "strengthen our cooperation", "2", "VP Harris");
  await expect(options(page).first()).toHaveText("Create speaker “VP Harris”");
  await page.keyboard.press("Enter");
  await expect(picker(page)).toBeHidden();

  // The attributed speaker shows in the list and on the highlight.
  const list = page.getByRole("list", { name: "Annotations" });
  await expect(list.getByRole("listitem").filter({ hasText: HARRIS_QUOTE })).toContainText(
    "Said by Kamala Harris",
  );
  await expect(page.locator('[data-tag="quote"]').filter({ hasText: PARTNER })).toHaveAttribute(
    "title",
    "Quote, said by Alejandro Giammattei",
  );

  // Selecting a highlight shows who said it, also to a keyboard user.
  await page.locator('[data-tag="quote"]').filter({ hasText: PARTNER }).click();
  await expect(page.locator(".selected-badge")).toHaveText("Said by Alejandro Giammattei");

  // A on the selected annotation reopens the picker.
  await list.getByRole("listitem").filter({ hasText: PARTNER }).getByRole("button").first().click();
  await page.keyboard.press("a");
  await expect(picker(page)).toHaveAccessibleName("Who said this quote?");
  await page.keyboard.press("Escape");

  // Filter by speaker.
  await page.getByRole("combobox", { name: "Speaker" }).selectOption({ label: "Alejandro Giammattei" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await page.getByRole("combobox", { name: "Speaker" }).selectOption({ label: "All speakers" });

  // The speakers panel counts across the corpus, and merges VP Harris into Kamala Harris.
  await page.getByRole("link", { name: "Speakers" }).click();
  const rows = page.getByRole("table", { name: "Speakers" }).getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(page.getByRole("row", { name: /^Kamala Harris/ }).getByRole("cell")).toHaveText([
    "1",
    "0",
    "0",
    "1",
  ]);
  await expect(page.getByRole("row", { name: /^VP Harris/ }).getByRole("cell")).toHaveText([
    "0",
    "1",
    "0",
    "1",
  ]);
  await page.getByRole("link", { name: "VP Harris" }).click();
  await page.getByRole("combobox", { name: "Merge into" }).selectOption({ label: "Kamala Harris" });
  await page.getByRole("button", { name: "Merge…" }).click();
  await page.getByRole("button", { name: "Confirm merge" }).click();
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole("row", { name: /^Kamala Harris/ }).getByRole("cell")).toHaveText([
    "1",
    "1",
    "0",
    "1",
  ]);
  await expect(page.getByRole("row", { name: /^Kamala Harris/ })).toContainText("also Harris, VP Harris");

  // Undo brings VP Harris back; redo merges again.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(rows).toHaveCount(4);
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(rows).toHaveCount(3);

  // Everything attributed to Kamala Harris, each item jumping to its place.
  await page.getByRole("table", { name: "Speakers" }).getByRole("link", { name: "Kamala Harris" }).click();
  await page.getByRole("link", { name: HARRIS_QUOTE }).click();
  await expect(page.locator(".hl-selected").first()).toHaveText(HARRIS_QUOTE);

  // The export carries the speakers and resolvable references.
  await page.getByRole("link", { name: "← Library" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export all" }).click();
  const download = await downloading;
  const data = JSON.parse(
    await (await import("node:fs/promises")).readFile((await download.path()) ?? "", "utf8"),
  );
  const speakers = new Map<string, string>(
    data.speakers.map((s: { id: string; name: string }) => [s.id, s.name]),
  );
  expect([...speakers.values()].sort()).toEqual(["Alejandro Giammattei", "Kamala Harris"]);
  const article = data.articles.find((a: { id: string }) => a.id === HARRIS_ARTICLE);
  const said = Object.fromEntries(
    article.annotations.map((a: { exact: string; speakerId: string | null }) => [
      a.exact,
      speakers.get(a.speakerId ?? ""),
    ]),
  );
  expect(said).toMatchObject({
    [HARRIS_QUOTE]: "Kamala Harris",
    [PARTNER]: "Alejandro Giammattei",
    "strengthen our cooperation": "Kamala Harris",
    "Kamala Harris": "Kamala Harris",
    Harris: "Kamala Harris",
  });
  for (const a of article.annotations) {
    if (a.speakerId !== null) expect(speakers.has(a.speakerId)).toBe(true);
    expect(slice(articleText(HARRIS_ARTICLE), a.start, a.end)).toBe(a.exact);
  }
  expect((await storedAnnotations(page)).length).toBe(article.annotations.length);
});

test("deleting a speaker keeps its annotations, without attribution, after asking", async ({ page }) => {
  await openArticle(page, HARRIS_TITLE);
  await selectPhrase(page, "Kamala Harris");
  await page.keyboard.press("4");
  await expect(options(page).first()).toHaveText("Create speaker “Kamala Harris”");
  await page.keyboard.press("Enter");
  await expect(picker(page)).toBeHidden();
  await selectPhrase(page, HARRIS_QUOTE);
  await page.keyboard.press("1");
  await expect(options(page).first()).toContainText("Kamala Harris");
  await page.keyboard.press("Enter");
  await expect
    .poll(async () => (await storedAnnotations(page)).filter((a) => a.speakerId !== null).length)
    .toBe(2);

  await page.getByRole("link", { name: "Speakers" }).click();
  await page.getByRole("link", { name: "Kamala Harris" }).click();
  await page.getByRole("button", { name: "Delete speaker…" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("Its 2 annotations stay");
  await page.getByRole("button", { name: "Delete speaker", exact: true }).click();
  await expect(page.getByText("No speakers yet")).toBeVisible();
  const stored = await storedAnnotations(page);
  expect(stored.map((a) => a.speakerId)).toEqual([null, null]);
});

test("the speaker picker chooses no one without evidence: Enter does nothing until a speaker is picked", async ({
  page,
}) => {
  await openArticle(page, HARRIS_TITLE);
  // A speaker whose name the article never mentions.
  await tagByKeyboard(page, "strengthen our cooperation", "2", "Zed Nobody");
  await expect(options(page).first()).toHaveText("Create speaker “Zed Nobody”");
  await page.keyboard.press("Enter");
  await expect(picker(page)).toBeHidden();

  // Nothing near this quote names a known speaker: the picker lists Zed Nobody but selects no one.
  await tagByKeyboard(page, PARTNER, "1");
  await expect(options(page).first()).toContainText("Zed Nobody");
  await expect(picker(page).getByRole("option", { selected: true })).toHaveCount(0);
  await expect(picker(page)).toContainText("Nothing suggests who");
  await page.keyboard.press("Enter");
  await expect(picker(page)).toBeVisible();
  // Picked by the arrows, it can be chosen; left with Escape, the quote stays unattributed.
  await page.keyboard.press("ArrowDown");
  await expect(picker(page).getByRole("option", { selected: true })).toContainText("Zed Nobody");
  await page.keyboard.press("Escape");
  await expect(picker(page)).toBeHidden();
  await expect
    .poll(async () => (await storedAnnotations(page)).find((a) => a.exact === PARTNER)?.speakerId)
    .toBeNull();
});

test("the picker can stop opening after each tag; A still asks, and the setting is kept", async ({
  page,
}) => {
  await openArticle(page, HARRIS_TITLE);
  await tagByKeyboard(page, PARTNER, "1");
  const setting = picker(page).getByRole("checkbox", { name: /Ask after each tag/ });
  await expect(setting).toBeChecked();
  await setting.uncheck();
  await expect(page.getByRole("status").filter({ hasText: "The picker opens only with A." })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(picker(page)).toBeHidden();

  // Tagged now without a question; A asks for the selected annotation.
  await selectPhrase(page, "strengthen our cooperation");
  await page.keyboard.press("2");
  await expect(
    page.locator('[data-tag="claim"]').filter({ hasText: "strengthen our cooperation" }),
  ).toBeVisible();
  await expect(picker(page)).toBeHidden();
  await page.locator('[data-tag="claim"]').filter({ hasText: "strengthen our cooperation" }).first().click();
  await page.keyboard.press("a");
  await expect(picker(page)).toBeVisible();
  await expect(setting).not.toBeChecked();
  await page.keyboard.press("Escape");

  // Kept in the database: after a reload, a tag still does not ask; turned on again, it does.
  await page.reload();
  await selectPhrase(page, "acute causes");
  await page.keyboard.press("1");
  await expect(page.locator('[data-tag="quote"]').filter({ hasText: "acute causes" })).toBeVisible();
  await expect(picker(page)).toBeHidden();
  await page.locator('[data-tag="quote"]').filter({ hasText: "acute causes" }).first().click();
  await page.keyboard.press("a");
  await setting.check();
  await page.keyboard.press("Escape");
  await tagByKeyboard(page, "Northern Triangle", "1");
  await expect(picker(page)).toBeVisible();
});
