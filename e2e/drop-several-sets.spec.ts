import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { watchConsole } from "./helpers";

const VALID = readFileSync(
  new URL("../src/model/format/fixtures/valid/minimal-v1.json", import.meta.url),
  "utf8",
);

/** Drops files on the import area, as a person dragging them from the desktop would. */
async function dropFiles(page: Page, files: { name: string; content: string }[]) {
  const area = page.getByRole("region", { name: "Import" });
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const { name, content } of list)
      data.items.add(new File([content], name, { type: "application/json" }));
    return data;
  }, files);
  await area.dispatchEvent("dragover", { dataTransfer: transfer });
  await area.dispatchEvent("drop", { dataTransfer: transfer });
}

test("dropping several annotation files names every one it does not import", async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto("/");
  await expect(page.getByRole("table", { name: "Articles" })).toBeVisible();
  await dropFiles(page, [
    { name: "monday.json", content: VALID },
    { name: "tuesday.json", content: VALID },
    { name: "wednesday.json", content: VALID },
  ]);
  // The first is read and summarised; the others are refused, each by its name.
  await expect(page.getByRole("dialog", { name: "Import annotations from monday.json" })).toBeVisible();
  const results = page.getByRole("list", { name: "Import results" }).getByRole("listitem");
  await expect(results).toHaveText([
    "tuesday.json: not imported: one annotation file at a time (monday.json is read first). Import it on its own after monday.json.",
    "wednesday.json: not imported: one annotation file at a time (monday.json is read first). Import it on its own after monday.json.",
  ]);
  expect(errors).toEqual([]);
});
