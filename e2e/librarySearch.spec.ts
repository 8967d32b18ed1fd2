import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import {
  annotationOfSpan,
  articleText,
  closePicker,
  codePointIndexOf,
  HARRIS_ARTICLE,
  HARRIS_TITLE,
  openArticle,
  putRows,
  selectPhrase,
  storedAnnotations,
  tagSelection,
  watchConsole,
} from "./helpers";

const text = articleText(HARRIS_ARTICLE);
const GIAMMATTEI_QUOTE = "not only poverty, but so many evils that affect us.";

test("the library search finds a text, a note and a speaker's name, and a text hit opens the reader at its place", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto("/");
  const search = page.getByRole("searchbox", { name: "Search the library" });
  await expect(search).toBeVisible();
  // Written by another program while the app was open: the next start of the app indexes them.
  const at = codePointIndexOf(text, GIAMMATTEI_QUOTE);
  await putRows(page, "speakers", [{ id: "s-ag", name: "Alejandro Giammattei", aliases: ["Giammattei"] }]);
  await putRows(page, "annotations", [
    {
      ...annotationOfSpan(Array.from(text), at, at + Array.from(GIAMMATTEI_QUOTE).length, {
        id: "q-ag",
        tag: "quote",
        speakerId: "s-ag",
        note: "Ask the embassy for the Spanish original",
      }),
      articleId: HARRIS_ARTICLE,
    },
  ]);
  await page.reload();

  await search.fill("giammattei");
  const results = page.getByRole("list", { name: "Search results" });
  // A speaker's name: the hit is one of their annotations, in its article.
  await expect(
    results.getByRole("link", { name: /^Alejandro Giammattei: “not only poverty.*in WASHINGTON/ }),
  ).toBeVisible();
  // Places of the texts, under their article's title: three of the five of the Harris article.
  await expect(
    results.getByRole("link", { name: /President Alejandro Giammattei Monday/ }).first(),
  ).toBeVisible();
  await expect(
    results.getByRole("link", { name: /called both Giammattei and Mexican President/ }),
  ).toBeVisible();
  await expect(results).toContainText("5 places in this article");
  await expect(page.getByRole("status").filter({ hasText: "matches in" })).toHaveText(
    "9 matches in 2 articles.",
  );
  await expectNoAxeViolations(page);

  // A note, found by a word of it, opens its annotation.
  await search.fill("the embassy for the spanish");
  const note = results.getByRole("link", { name: /Ask the embassy for the Spanish original/ });
  await expect(note).toBeVisible();
  await expect(results.getByRole("listitem")).toHaveCount(1);

  // A text hit opens the reader with its place selected, and the keys in the text: 3 tags it.
  await search.fill("giammattei");
  await results.getByRole("link", { name: /called both Giammattei and Mexican President/ }).click();
  const reader = page.getByRole("textbox", { name: /Article text/ });
  await expect(reader).toBeFocused();
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe("Giammattei");
  await page.keyboard.press("3");
  await closePicker(page);
  const place = codePointIndexOf(text, "both Giammattei") + "both ".length;
  await expect
    .poll(async () =>
      (await storedAnnotations(page))
        .filter((a) => a.tag === "statistic")
        .map((a) => [a.start, a.end, a.exact]),
    )
    .toEqual([[place, place + "Giammattei".length, "Giammattei"]]);

  // Back in the library, the note's hit opens the reader at its annotation, selected in the list.
  await page.goBack();
  await search.fill("embassy");
  await note.click();
  await expect(page).toHaveURL(/#\/article\/000_cccd83b6053d3462\/q-ag$/);
  await expect(page.locator(".annotation-item.selected")).toContainText("not only poverty");
  expect(errors).toEqual([]);
});

test("the index follows what is done in the app: a new annotation's words and note are found", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto("/");
  const search = page.getByRole("searchbox", { name: "Search the library" });
  await expect(search).toBeVisible();
  await openArticle(page, HARRIS_TITLE);
  await selectPhrase(page, "strengthen our cooperation");
  await tagSelection(page, "Quote");
  await page.getByRole("textbox", { name: "Note" }).fill("compare with the State Department readout");
  await expect
    .poll(async () => (await storedAnnotations(page)).map((a) => a.note))
    .toEqual(["compare with the State Department readout"]);

  await page.getByRole("link", { name: "← Library" }).click();
  await search.fill("state department readout");
  const results = page.getByRole("list", { name: "Search results" });
  await expect(
    results.getByRole("link", { name: /compare with the State Department readout/ }),
  ).toBeVisible();
  await search.fill("strengthen our coop");
  await expect(
    results.getByRole("link", { name: /^strengthen our cooperation.*in WASHINGTON/ }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});
