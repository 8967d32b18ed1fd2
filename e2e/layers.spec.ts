import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import {
  chooseFiles,
  clearLibrary,
  type FileSpec,
  importFromDialog,
  selectPhrase,
  storedAnnotations,
  watchConsole,
} from "./helpers";

const fixture = (path: string) => fileURLToPath(new URL(`fixtures/${path}`, import.meta.url));

/**
 * Chooses three brat files of two annotators, asks for each as their own layer, and returns the import
 * dialog that says what will be imported.
 */
async function chooseAsLayers(page: Page, files: string[] | FileSpec[]) {
  const choosing = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import brat files…" }).click();
  await (await choosing).setFiles(files);
  const ask = page.getByRole("dialog", { name: "Whose annotations to import from 3 brat files?" });
  await ask.getByRole("radio", { name: /^Everyone, each as their own layer \(2 annotators\)/ }).check();
  await ask.getByRole("button", { name: "Continue" }).click();
  return page.getByRole("dialog", { name: "Import annotations from 3 brat files" });
}

async function downloadOf(page: Page, click: () => Promise<void>) {
  const downloading = page.waitForEvent("download");
  await click();
  const download = await downloading;
  return readFile((await download.path()) ?? "", "utf8");
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

  const dialog = await chooseAsLayers(page, [
    fixture("brat/text/harbour.txt"),
    fixture("brat/attributions/harbour_ab12.ann"),
    fixture("brat-other-annotator/harbour_cd34.ann"),
  ]);
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
  await page.locator("summary", { hasText: "Harbour plan wins backing" }).click();
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

test("a curator puts the agreed spans into gold with one key, picks a version where they differ, undoes, and marks the article curated", async ({
  page,
}) => {
  const errors = watchConsole(page);
  const text = await readFile(fixture("brat/text/harbour.txt"));
  const ab12 = await readFile(fixture("brat/attributions/harbour_ab12.ann"), "utf8");
  // ef56 agrees on the mayor's quote and ends the officials' content earlier: "the work would start".
  const ef56 = ab12.replace(
    "T8\tContent 168 198\tthe work would start in spring",
    "T8\tContent 168 188\tthe work would start",
  );
  await page.goto("/");
  await importFromDialog(
    page,
    await chooseAsLayers(page, [
      { name: "harbour.txt", mimeType: "text/plain", buffer: text },
      { name: "harbour_ab12.ann", mimeType: "text/plain", buffer: Buffer.from(ab12) },
      { name: "harbour_ef56.ann", mimeType: "text/plain", buffer: Buffer.from(ef56) },
    ]),
  );

  // The library says who annotated the article, and leads to its curation.
  const row = page.getByRole("row", { name: /Harbour plan wins backing/ });
  await expect(row).toContainText("Annotated by ab12, ef56");
  await row.getByRole("link", { name: "Curate" }).click();
  await expect(page.getByRole("heading", { name: "Curate: Harbour plan wins backing" })).toBeVisible();
  await expect(
    page.getByText("2 places annotated, 1 agreed, 1 where they differ. Gold holds 0 of 2."),
  ).toBeVisible();

  // One key puts the agreed quote into gold.
  await page.keyboard.press("g");
  await expect(page.getByText("Gold holds 1 of 2.")).toBeVisible();
  const differ = page.getByRole("list", { name: "Where they differ" }).getByRole("listitem").first();
  await differ.getByRole("button", { name: "Use ef56’s" }).click();
  await expect(page.getByText("Gold holds 2 of 2.")).toBeVisible();
  await expect(differ.getByText("in gold")).toBeVisible();
  let gold = (await storedAnnotations(page)).filter((a) => a.annotator === "gold");
  expect(gold.map((a) => a.exact).sort()).toEqual([
    "This is a good day for the town,",
    "the work would start",
  ]);
  await page.screenshot({ path: "test-results/curate.png", fullPage: true });
  await expectNoAxeViolations(page);

  // Undone like any other work: ab12's version instead, then marked curated.
  await page.keyboard.press("Control+z");
  await expect(page.getByText("Gold holds 1 of 2.")).toBeVisible();
  await differ.getByRole("button", { name: "Use ab12’s" }).click();
  await expect(page.getByText("Gold holds 2 of 2.")).toBeVisible();
  await page.getByRole("checkbox", { name: "Curated" }).check();
  gold = (await storedAnnotations(page)).filter((a) => a.annotator === "gold");
  expect(gold.map((a) => a.exact).sort()).toEqual([
    "This is a good day for the town,",
    "the work would start in spring",
  ]);

  // The reader opened on the gold layer tags into gold.
  await differ.getByRole("link", { name: "Edit gold in the reader" }).click();
  await expect(page.getByRole("combobox", { name: "Layer" })).toHaveValue("one:gold");
  await expect(page.getByText("What you tag goes to the gold layer.")).toBeVisible();
  await selectPhrase(page, "The council approved the harbour plan");
  await page.keyboard.press("2");
  await expect
    .poll(async () => (await storedAnnotations(page)).filter((a) => a.annotator === "gold").length)
    .toBe(3);
  await page.goto("/#/agreement");

  // The gold layer is exported as its own layer.
  await page.getByRole("link", { name: "← Library" }).click();
  await expect(page.getByRole("row", { name: /Harbour plan wins backing/ })).toContainText(
    "· gold · curated",
  );
  const file = JSON.parse(
    await downloadOf(page, () => page.getByRole("button", { name: "Export all" }).click()),
  );
  const exported = file.articles.flatMap((a: { annotations: { annotator?: string }[] }) => a.annotations);
  expect(exported.filter((a: { annotator?: string }) => a.annotator === "gold")).toHaveLength(3);
  expect(errors).toEqual([]);
});
