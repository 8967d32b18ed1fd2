import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { type BratDocument, parseBrat } from "../src/model/format/brat";
import { expectNoAxeViolations } from "./axe";
import { codePointIndexOf, importFromDialog, storedAnnotations, watchConsole } from "./helpers";

const fixture = (path: string) => fileURLToPath(new URL(`fixtures/${path}`, import.meta.url));
const TEXT = readFileSync(fixture("brat/text/harbour.txt"), "utf8");
const ANN = readFileSync(fixture("brat/attributions/harbour_ab12.ann"), "utf8");

/** A code point span of the fixture text, as stored and exported. */
const span = (phrase: string, occurrence = 0) => {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = codePointIndexOf(TEXT, phrase, start + 1);
  return { start, end: start + Array.from(phrase).length, exact: phrase };
};

/** Each attribution event of a file as its parts' offsets: what a brat export must keep exactly. */
function attributions(doc: BratDocument) {
  const spans = new Map(doc.spans.map((s) => [s.id, s]));
  const offsets = (id: string | undefined) =>
    spans.get(id ?? "")?.fragments.map((f) => [f.start, f.end]) ?? null;
  return doc.events
    .map((e) => {
      const role = (name: string) => e.args.find((a) => a.role === name)?.ref;
      return {
        type: e.type,
        content: offsets(role("Content")),
        cue: offsets(role("Cue")),
        source: offsets(role("Source")),
        trigger: offsets(e.trigger),
      };
    })
    .sort((a, b) => (a.content?.[0]?.[0] ?? 0) - (b.content?.[0]?.[0] ?? 0));
}

async function chooseFolder(page: Page, folder: string) {
  const choosing = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Choose a brat folder…" }).click();
  await (await choosing).setFiles(fixture(folder));
}

test("imports a brat folder, shows what it did not use, and exports the same spans again", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto("/");
  await chooseFolder(page, "brat");

  const dialog = page.getByRole("dialog", { name: "Import annotations from folder brat" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Read 2 files: 1 article with 2 annotations.");
  await expect(dialog.getByRole("list", { name: "Not used" }).getByRole("listitem")).toHaveText([
    "1 × Headline span",
  ]);
  await expect(dialog).toContainText("2 annotations: 2 new, 0 updated, 0 unchanged.");
  await page.screenshot({ path: "test-results/brat-import-dialog.png" });
  await expectNoAxeViolations(page);
  await importFromDialog(page, dialog);
  await expect(page.getByRole("list", { name: "Import results" })).toContainText(
    "folder brat: imported (merge): 2 new and 0 updated annotations. Not used: 1 × Headline span.",
  );

  const stored = (await storedAnnotations(page)).sort((a, b) => a.start - b.start) as unknown as Record<
    string,
    unknown
  >[];
  expect(
    stored.map(({ tag, start, end, exact, moreFragments, cue, source, kind, note }) => ({
      tag,
      start,
      end,
      exact,
      moreFragments,
      cue,
      source,
      kind,
      note,
    })),
  ).toEqual([
    {
      tag: "quote",
      ...span("This is a good day for the town,"),
      moreFragments: [span("and for the fishermen.")],
      cue: span("said"),
      source: span("the mayor"),
      kind: "direct",
      note: "interrupted by its cue",
    },
    {
      tag: "quote",
      ...span("the work would start in spring"),
      moreFragments: undefined,
      cue: span("said", 1),
      source: span("Officials"),
      kind: "indirect",
      note: "",
    },
  ]);

  // The reader shows the quote, with its parts.
  await page.getByRole("link", { name: "Harbour plan wins backing" }).click();
  const list = page.getByRole("list", { name: "Annotations" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByRole("listitem").first()).toContainText("This is a good day for the town,");
  await page.screenshot({ path: "test-results/brat-reader.png" });

  // Exported from the library: the same attributions at the same offsets as the file imported.
  await page.getByRole("link", { name: "← Library" }).click();
  await page.getByText("More formats").click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export brat standoff (.zip)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^quote-annotator-all-\d{4}-\d\d-\d\d-brat\.zip$/);
  const files = unzipSync(new Uint8Array(await readFile((await download.path()) ?? "")));
  expect(strFromU8(files["harbour.txt"] as Uint8Array)).toBe(TEXT);
  const exported = parseBrat(strFromU8(files["harbour.ann"] as Uint8Array));
  const imported = parseBrat(ANN);
  expect(attributions(exported)).toEqual(attributions(imported));
  expect(attributions(exported)).toHaveLength(2);
  expect(exported.notes.map((n) => n.text)).toEqual(["interrupted by its cue"]);
  // Every bundled article is there too, each with its two files.
  expect(Object.keys(files).filter((name) => name.endsWith(".ann")).length).toBe(
    Object.keys(files).filter((name) => name.endsWith(".txt")).length,
  );
  expect(errors).toEqual([]);
});

test("asks whose annotations to import when a text has several annotators' files", async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto("/");
  const choosing = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import brat files…" }).click();
  await (await choosing).setFiles([
    fixture("brat/text/harbour.txt"),
    fixture("brat/attributions/harbour_ab12.ann"),
    fixture("brat-other-annotator/harbour_cd34.ann"),
  ]);

  const ask = page.getByRole("dialog", { name: "Whose annotations to import from 3 brat files?" });
  await expect(ask).toBeVisible();
  const annotator = ask.getByRole("group", { name: "Annotator" });
  await expect(annotator.getByRole("radio")).toHaveCount(3);
  await expect(
    annotator.getByRole("radio", { name: /^Everyone, each as their own layer/ }),
  ).not.toBeChecked();
  await expect(annotator.getByRole("radio", { name: "ab12: 1 file" })).not.toBeChecked();
  await expect(annotator.getByRole("radio", { name: "cd34: 1 file" })).not.toBeChecked();
  // No one is chosen for the user: Continue waits for a choice.
  await expect(ask.getByRole("button", { name: "Continue" })).toBeDisabled();
  await page.screenshot({ path: "test-results/brat-annotator.png" });
  await expectNoAxeViolations(page);
  // By keyboard: the first option has the focus; the arrows move on and choose.
  await expect(annotator.getByRole("radio", { name: /^Everyone, each as their own layer/ })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(annotator.getByRole("radio", { name: "cd34: 1 file" })).toBeChecked();
  await ask.getByRole("button", { name: "Continue" }).click();

  const dialog = page.getByRole("dialog", { name: "Import annotations from 3 brat files" });
  await expect(dialog).toContainText("Read 2 files: 1 article with 2 annotations.");
  await expect(dialog).toContainText("Nothing: every line of the files was used.");
  await importFromDialog(page, dialog);
  const stored = await storedAnnotations(page);
  expect(stored.map((a) => [a.tag, a.exact]).sort()).toEqual([
    ["speaker", "the mayor"],
    ["statistic", "About 40 percent of residents opposed the plan"],
  ]);
  expect(errors).toEqual([]);
});

test("a brat folder dropped on the library is walked and imported like a chosen one", async ({ page }) => {
  await page.goto("/");
  const panel = await page.getByRole("region", { name: "Import" }).boundingBox();
  if (!panel) throw new Error("no import panel");
  // A real drag of a folder from the file manager, as Chromium's DevTools protocol makes one.
  const cdp = await page.context().newCDPSession(page);
  const at = { x: panel.x + panel.width / 2, y: panel.y + panel.height / 2 };
  const data = { items: [], files: [fixture("brat")], dragOperationsMask: 1 };
  for (const type of ["dragEnter", "dragOver", "drop"] as const)
    await cdp.send("Input.dispatchDragEvent", { type, ...at, data });
  const dialog = page.getByRole("dialog", { name: "Import annotations from folder brat" });
  await expect(dialog).toContainText("Read 2 files: 1 article with 2 annotations.");
  await importFromDialog(page, dialog);
  expect((await storedAnnotations(page)).map((a) => a.exact).sort()).toEqual([
    "This is a good day for the town,",
    "the work would start in spring",
  ]);
});
