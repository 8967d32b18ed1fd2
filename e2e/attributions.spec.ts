import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import {
  articleText,
  chooseFiles,
  codePointIndexOf,
  HARRIS_ARTICLE,
  HARRIS_TITLE,
  importFromDialog,
  openArticle,
  selectPhrase,
  storedAnnotations,
  watchConsole,
} from "./helpers";

const FIRST = "We haven’t seen any concrete initiatives or efforts yet";
const SECOND = "Foreign policy takes some time";
const PARAGRAPH = "said Theresa Brown";

interface Excerpt {
  start: number;
  end: number;
  exact: string;
}

/** The excerpt of the Harris article at the first `phrase` in the paragraph that holds `paragraph`. */
function excerptOf(phrase: string, paragraph = PARAGRAPH): Excerpt {
  const text = articleText(HARRIS_ARTICLE);
  const start = codePointIndexOf(text, phrase, codePointIndexOf(text, "We haven’t seen"));
  expect(text.includes(paragraph)).toBe(true);
  return { start, end: start + Array.from(phrase).length, exact: phrase };
}

async function stored(page: Page) {
  return (await storedAnnotations(page)) as unknown as Array<
    Excerpt & {
      id: string;
      tag: string;
      speakerId: string | null;
      kind?: string;
      moreFragments?: Excerpt[];
      cue?: Excerpt;
      source?: Excerpt;
    }
  >;
}

test("a quote in two fragments gets its cue and source by keyboard, draws as one, and exports as version 4", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await openArticle(page, HARRIS_TITLE);

  // The quote's first fragment, tagged by key: its kind is proposed from the quotation marks.
  await selectPhrase(page, FIRST);
  await page.keyboard.press("1");
  await page.keyboard.press("Escape");
  await expect.poll(async () => (await stored(page))[0]?.kind).toBe("direct");

  // With the quote selected: + adds words as a fragment, C marks the cue, S the source.
  await selectPhrase(page, SECOND);
  await page.keyboard.press("+");
  await expect.poll(async () => (await stored(page))[0]?.moreFragments).toEqual([excerptOf(SECOND)]);
  await selectPhrase(page, "said", { paragraph: PARAGRAPH });
  await page.keyboard.press("c");
  await expect.poll(async () => (await stored(page))[0]?.cue).toEqual(excerptOf("said"));
  await selectPhrase(page, "Theresa Brown");
  await page.keyboard.press("s");
  await expect.poll(async () => (await stored(page))[0]?.source).toEqual(excerptOf("Theresa Brown"));

  // The source names a speaker nobody had created: she is created, and the quote is hers.
  const [quote] = await stored(page);
  expect(quote).toMatchObject({ tag: "quote", ...excerptOf(FIRST), kind: "direct" });
  expect(quote?.speakerId).not.toBeNull();
  const list = page.getByRole("list", { name: "Annotations" });
  await expect(list.getByRole("listitem").first()).toContainText(
    `Theresa Brown — said — ${FIRST} … ${SECOND}`,
  );
  await expect(list).toContainText("Said by Theresa Brown");

  // Drawn as one: both fragments, the cue and the source carry the quote's id; hovering one lights all.
  const parts = page.locator(`.article-text [data-annotation-id="${quote?.id}"]`);
  await expect(parts).toHaveCount(4);
  await expect(page.locator(`.article-text .hl-cue[data-annotation-id="${quote?.id}"]`)).toHaveText("said");
  await expect(page.locator(`.article-text .hl-source[data-annotation-id="${quote?.id}"]`)).toHaveText(
    "Theresa Brown",
  );
  await page.locator(".article-text .hl-quote", { hasText: SECOND }).hover();
  for (const part of await parts.all())
    await expect(part).toHaveCSS("filter", "brightness(0.9) saturate(1.4)");

  // The kind is editable and filterable.
  await list.getByRole("combobox", { name: "Kind" }).selectOption("mixed");
  await expect.poll(async () => (await stored(page))[0]?.kind).toBe("mixed");
  const kindFilter = page.getByRole("complementary").getByRole("combobox", { name: "Kind" }).first();
  await kindFilter.selectOption("indirect");
  await expect(list).toHaveCount(0);
  await kindFilter.selectOption("mixed");
  await expect(list.getByRole("listitem")).toHaveCount(1);

  // The JSON export (version 3) carries every part where the text has it.
  await page.getByText("More formats").click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON", exact: true }).click();
  const file = JSON.parse(await readFile((await (await downloading).path()) ?? "", "utf8"));
  expect(file.version).toBe(4);
  const [exported] = file.articles[0].annotations;
  expect(exported).toMatchObject({
    ...excerptOf(FIRST),
    moreFragments: [excerptOf(SECOND)],
    cue: excerptOf("said"),
    source: excerptOf("Theresa Brown"),
    kind: "mixed",
  });
  const text = articleText(HARRIS_ARTICLE);
  for (const part of [exported, ...exported.moreFragments, exported.cue, exported.source]) {
    expect(Array.from(text).slice(part.start, part.end).join("")).toBe(part.exact);
  }

  // Deleted, then the file imported again: the same annotation, every part where it was.
  const [before] = await storedAnnotations(page);
  await list.getByRole("button", { name: "Delete" }).click();
  await expect.poll(async () => (await stored(page)).length).toBe(0);
  await page.getByRole("link", { name: "← Library" }).click();
  await chooseFiles(page, "Import annotations…", [
    { name: "quote.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) },
  ]);
  await importFromDialog(page, page.getByRole("dialog", { name: "Import annotations from quote.json" }));
  expect(await storedAnnotations(page)).toEqual([before]);
  expect(errors).toEqual([]);
});

test("the toolbar adds the selected words to the selected quote by mouse, and parts are removed from the list", async ({
  page,
}) => {
  await openArticle(page, HARRIS_TITLE);
  await selectPhrase(page, FIRST);
  await page.keyboard.press("1");
  await page.keyboard.press("Escape");
  await expect.poll(async () => (await stored(page)).length).toBe(1);

  await selectPhrase(page, SECOND);
  await page.getByRole("button", { name: "Add as fragment of the selected quote" }).click();
  await expect.poll(async () => (await stored(page))[0]?.moreFragments?.length).toBe(1);
  await selectPhrase(page, "said", { paragraph: PARAGRAPH });
  await page.getByRole("button", { name: "Mark as cue of the selected quote" }).click();
  await expect.poll(async () => (await stored(page))[0]?.cue?.exact).toBe("said");

  const parts = page.getByRole("group", { name: "Parts" });
  await parts.getByRole("button", { name: "Remove cue" }).click();
  await expect.poll(async () => (await stored(page))[0]?.cue).toBeUndefined();
  await parts.getByRole("button", { name: "Remove fragment 1" }).click();
  await expect.poll(async () => (await stored(page))[0]).toMatchObject({ ...excerptOf(SECOND) });
  await expect.poll(async () => (await stored(page))[0]?.moreFragments).toBeUndefined();
  // Undo brings the fragment back.
  await page.keyboard.press("Control+z");
  await expect.poll(async () => (await stored(page))[0]?.moreFragments).toEqual([excerptOf(SECOND)]);
});

/** Whether two boxes overlap. */
function overlap(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test("the picker offers to create the person the cue names, fills the cue and source, and never covers them", async ({
  page,
}) => {
  await openArticle(page, HARRIS_TITLE);
  await selectPhrase(page, FIRST);
  await page.keyboard.press("1");
  const picker = page.getByRole("dialog", { name: "Who said this quote?" });
  // Opened as the tag is drawn, with the keyboard in it, the new name first and chosen by Enter.
  await expect(picker.getByRole("combobox", { name: "Speaker" })).toBeFocused();
  await expect(picker.getByRole("option", { selected: true })).toHaveText("Create speaker “Theresa Brown”");
  // Beside the quote and the words that attribute it, never over them.
  const box = await picker.boundingBox();
  const quote = await page.locator(".article-text .hl-quote", { hasText: FIRST }).boundingBox();
  const cue = await page.evaluate((words) => {
    const walker = document.createTreeWalker(
      document.querySelector(".article-text") as Node,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(words) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x, y, width, height };
    }
    return null;
  }, PARAGRAPH);
  if (!box || !quote || !cue) throw new Error("not drawn");
  expect(overlap(box, quote)).toBe(false);
  expect(overlap(box, cue)).toBe(false);
  await page.keyboard.press("Enter");
  await expect(picker).toBeHidden();
  await expect.poll(async () => (await stored(page))[0]?.source).toEqual(excerptOf("Theresa Brown"));
  expect((await stored(page))[0]?.cue).toEqual(excerptOf("said"));
  await expect(page.getByRole("list", { name: "Annotations" })).toContainText("Said by Theresa Brown");
});

test("for “he said” the picker proposes the speaker last named before; it blocks nothing", async ({
  page,
}) => {
  await openArticle(page, HARRIS_TITLE);
  const text = articleText(HARRIS_ARTICLE);
  const paragraph = text.split("\n").find((line) => line.startsWith("“The deliberate engagement")) ?? "";
  const quote = paragraph.slice(1, paragraph.indexOf(",”"));
  await selectPhrase(page, "Dan Restrepo");
  await page.keyboard.press("4");
  const picker = page.getByRole("dialog");
  await expect(picker.getByRole("option", { selected: true })).toHaveText("Create speaker “Dan Restrepo”");
  await page.keyboard.press("Enter");
  await expect(picker).toBeHidden();

  await selectPhrase(page, quote);
  await page.keyboard.press("1");
  const chosen = picker.getByRole("option", { selected: true });
  await expect(chosen).toContainText("Dan Restrepo");
  await expect(chosen).toContainText("last named before “he said”");
  await page.keyboard.press("Enter");
  await expect
    .poll(async () => (await stored(page)).find((a) => a.tag === "quote")?.source?.exact)
    .toBe("he");
  expect((await stored(page)).find((a) => a.tag === "quote")?.cue?.exact).toBe("said");

  // Open again, the picker blocks nothing: a new selection by mouse closes it, and its toolbar works.
  await page.keyboard.press("a");
  await expect(picker).toBeVisible();
  await page
    .getByRole("textbox", { name: /Article text/ })
    .getByText("Comments are not available")
    .click();
  await expect(picker).toBeHidden();
  await selectPhrase(page, "encouraging early sign");
  await page.getByRole("button", { name: "Claim", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Who said this claim?" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect
    .poll(async () => (await stored(page)).map((a) => a.tag).sort())
    .toEqual(["claim", "quote", "speaker"]);
  // "he" named Dan Restrepo here, but is no alias of his.
  await page.getByRole("link", { name: "Speakers" }).click();
  await expect(page.getByRole("row", { name: /^Dan Restrepo/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /^Dan Restrepo/ })).not.toContainText("also");
});
