import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { chooseFiles, importFromDialog, storedAnnotations, watchConsole } from "./helpers";

const fixture = (path: string) => fileURLToPath(new URL(`fixtures/${path}`, import.meta.url));

async function downloadOf(page: Page, click: () => Promise<void>) {
  const downloading = page.waitForEvent("download");
  await click();
  const download = await downloading;
  return readFile((await download.path()) ?? "", "utf8");
}

async function clearLibrary(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open("quote-annotator");
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(["articles", "annotations", "speakers"], "readwrite");
          for (const name of ["articles", "annotations", "speakers"]) tx.objectStore(name).clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
        };
      }),
  );
}

test("two annotators' brat files become two layers: agreement table, a disagreement in the reader, export and import keep them", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto("/");
  // The user's own name, asked on the library page once.
  const ownName = page.getByRole("form", { name: "Your name as annotator" });
  await ownName.getByRole("textbox", { name: "Your name as annotator" }).fill("Lee");
  await ownName.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Annotating as Lee")).toBeVisible();

  await page.getByRole("button", { name: "Import brat files…" }).click();
  const choosing = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import brat files…" }).click();
  await (await choosing).setFiles([
    fixture("brat/text/harbour.txt"),
    fixture("brat/attributions/harbour_ab12.ann"),
    fixture("brat-other-annotator/harbour_cd34.ann"),
  ]);
  const ask = page.getByRole("dialog", { name: "Whose annotations to import from 3 brat files?" });
  await ask.getByRole("radio", { name: /^Everyone, each as their own layer \(2 annotators\)/ }).check();
  await ask.getByRole("button", { name: "Continue" }).click();
  const dialog = page.getByRole("dialog", { name: "Import annotations from 3 brat files" });
  await expect(dialog).toContainText("1 article with 4 annotations");
  await importFromDialog(page, dialog);
  const stored = await storedAnnotations(page);
  expect(stored.map((a) => [a.annotator, a.tag]).sort()).toEqual([
    ["ab12", "quote"],
    ["ab12", "quote"],
    ["cd34", "speaker"],
    ["cd34", "statistic"],
  ]);

  // The agreement page: the pair's table and the article with its disagreements.
  await page.getByRole("link", { name: "Agreement" }).click();
  const table = page.getByRole("table", { name: /Every pair/ });
  await expect(table.getByRole("columnheader", { name: "ab12" })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "cd34" })).toBeVisible();
  // F1 below the diagonal: the two share no attribution.
  const cd34 = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "cd34" }) });
  await expect(cd34.getByRole("cell").first()).toHaveText("0.000");
  await page.screenshot({ path: "test-results/agreement.png", fullPage: true });
  await expectNoAxeViolations(page);
  await page.getByText("Harbour plan wins backing").click();
  const disagreements = page.getByRole("list", { name: /Disagreements in Harbour plan/ });
  const first = disagreements.getByRole("link").first();
  await expect(first).toContainText("ab12: quote · cd34: nothing");
  await first.click();

  // The reader shows only where the layers differ, each in its annotator's colour, at that place.
  await expect(page.getByRole("combobox", { name: "Layer" })).toHaveValue("differ");
  await expect(page.getByRole("list", { name: "Layer colours" })).toContainText("ab12");
  await expect(page.locator(".article-text .hl-layer").first()).toBeVisible();
  await page.screenshot({ path: "test-results/layers-differ.png" });
  // The list says whose each annotation is.
  const list = page.getByRole("list", { name: "Annotations" });
  await expect(list.locator(".layer-chip", { hasText: "cd34" }).first()).toBeVisible();
  await page.getByRole("combobox", { name: "Layer" }).selectOption({ label: "cd34" });
  await expect(page.locator(".article-text .hl-layer")).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Annotations" }).getByRole("listitem")).toHaveCount(2);

  // Exported, the library emptied and the file imported again: the layers are as they were.
  await page.getByRole("link", { name: "← Library" }).click();
  const file = await downloadOf(page, () => page.getByRole("button", { name: "Export all" }).click());
  const data = JSON.parse(file);
  expect(data.version).toBe(4);
  const annotators = data.articles.flatMap((a: { annotations: { annotator?: string }[] }) =>
    a.annotations.map((n) => n.annotator),
  );
  expect(annotators.sort()).toEqual(["ab12", "ab12", "cd34", "cd34"]);
  await clearLibrary(page);
  await page.reload();
  await chooseFiles(page, "Import annotations…", [
    { name: "layers.json", mimeType: "application/json", buffer: Buffer.from(file) },
  ]);
  await importFromDialog(page, page.getByRole("dialog", { name: "Import annotations from layers.json" }));
  const back = await storedAnnotations(page);
  expect(back.map((a) => [a.id, a.annotator]).sort()).toEqual(stored.map((a) => [a.id, a.annotator]).sort());
  expect(errors).toEqual([]);
});
