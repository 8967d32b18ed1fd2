import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import Papa from "papaparse";
import {
  articleText,
  dragSelect,
  HARRIS_ARTICLE,
  HARRIS_TITLE,
  openArticle,
  slice,
  tagSelection,
  watchConsole,
} from "./helpers";

async function download(page: Page, button: string) {
  await page.getByText("More formats").click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  const file = await downloading;
  return { name: file.suggestedFilename(), content: await readFile((await file.path()) ?? "", "utf8") };
}

test("exports the open article as W3C Web Annotation JSON-LD and as CSV", async ({ page }) => {
  const errors = watchConsole(page);
  await openArticle(page, HARRIS_TITLE);
  await dragSelect(page, "We want to work with you");
  await tagSelection(page, "Quote");
  const list = page.getByRole("list", { name: "Annotations" });
  await list.getByRole("textbox", { name: "Note" }).fill('check "root causes", later');
  await list.getByRole("textbox", { name: "Note" }).press("Tab");
  await expect(list).toContainText('check "root causes", later');

  const w3c = await download(page, "Export W3C Web Annotation (JSON-LD)");
  expect(w3c.name).toMatch(/\.jsonld$/);
  const collection = JSON.parse(w3c.content);
  expect(collection["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
  expect(collection.type).toBe("AnnotationCollection");
  const [item] = collection.first.items;
  const position = item.target.selector.find((s: { type: string }) => s.type === "TextPositionSelector");
  const quote = item.target.selector.find((s: { type: string }) => s.type === "TextQuoteSelector");
  expect(quote.exact).toBe("We want to work with you");
  expect(slice(articleText(HARRIS_ARTICLE), position.start, position.end)).toBe(quote.exact);

  const csv = await download(page, "Export CSV for spreadsheets");
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.content.startsWith("\uFEFF")).toBe(true);
  const rows = Papa.parse<string[]>(csv.content.slice(1), { skipEmptyLines: true }).data;
  expect(rows[0]).toEqual([
    "article_id",
    "article_title",
    "tag",
    "start",
    "end",
    "exact",
    "speaker",
    "note",
    "article_url",
    "kind",
    "fragments",
    "content",
    "cue_start",
    "cue_end",
    "cue",
    "source_start",
    "source_end",
    "source",
    "annotator",
  ]);
  expect(rows[1]?.slice(2)).toEqual([
    "quote",
    String(position.start),
    String(position.end),
    "We want to work with you",
    "",
    'check "root causes", later',
    "",
    "direct",
    `${position.start}-${position.end}`,
    "We want to work with you",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
  ]);
  expect(errors).toEqual([]);
});
