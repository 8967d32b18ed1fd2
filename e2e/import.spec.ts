import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import {
  annotationFileOf,
  articleText,
  chooseFiles,
  clearLibrary,
  dragSelect,
  type FileSpec,
  HARRIS_ARTICLE,
  HARRIS_TITLE,
  importFromDialog,
  openArticle,
  selectPhrase,
  slice,
  storedAnnotations,
  tagSelection,
  watchConsole,
} from "./helpers";

const file = (name: string, content: string, mimeType = "text/plain"): FileSpec => ({
  name,
  mimeType,
  buffer: Buffer.from(content, "utf8"),
});

async function downloadOf(page: Page, click: () => Promise<void>) {
  const downloading = page.waitForEvent("download");
  await click();
  const download = await downloading;
  return JSON.parse(await readFile((await download.path()) ?? "", "utf8"));
}

const withoutTime = (data: { exportedAt?: string }) => ({ ...data, exportedAt: "" });

async function dumpDatabase(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const request = indexedDB.open("quote-annotator");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = ["articles", "annotations", "speakers"];
          const tx = db.transaction(names, "readonly");
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => {
              out[name] = all.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}

const HTML_PAGE = `<!doctype html><html><head><title>Border talks | The Daily</title>
<script>window.__xss = "script"</script></head><body>
<nav><a href="/">Home</a><a href="/world">World</a></nav>
<article><h1>Border talks resume</h1>
<p>Officials from both countries met on Tuesday to discuss migration, trade and security along the border, the first such meeting in months.</p>
<p><img src="x" onerror="window.__xss='img'">“We are making progress,” the minister said after the talks, which lasted four hours and ended without a joint statement.</p>
<p><a href="javascript:window.__xss='link'">More coverage</a> of the meeting will follow as officials release details in the coming days.</p>
</article><aside class="comments">Comments: first!</aside></body></html>`;

test("imports .txt, .md and .html articles with a result for each, and knows a duplicate", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto("/");
  await chooseFiles(page, "Import articles…", [
    file("notes.txt", "Field notes\r\n\r\nThe mayor said “we will rebuild” 😀.\r\n"),
    file("brief.md", "# Brief\n\nA **short** claim with a [link](https://example.org).\n\n- one point\n"),
    file("page.html", HTML_PAGE, "text/html"),
    file("empty.txt", ""),
  ]);
  const results = page.getByRole("list", { name: "Import results" });
  await expect(results.getByRole("listitem")).toHaveCount(4);
  await expect(results).toContainText("notes.txt: added Field notes");
  await expect(results).toContainText("brief.md: added Brief");
  await expect(results).toContainText("page.html: added");
  await expect(results).toContainText("empty.txt: The file is empty.");
  await expect(page.getByRole("table", { name: "Articles" }).getByRole("row")).toHaveCount(9);

  // The same text again is recognised.
  await chooseFiles(page, "Import articles…", [
    file("notes-copy.txt", "Field notes\n\nThe mayor said “we will rebuild” 😀.\n"),
  ]);
  await expect(results).toContainText("notes-copy.txt: already in the library as Field notes");

  // The HTML article is plain text: no script ran, no markup shown.
  await page
    .getByRole("table", { name: "Articles" })
    .getByRole("link", { name: /Border talks/ })
    .click();
  const reader = page.getByRole("textbox", { name: /Article text/ });
  await expect(reader).toContainText("“We are making progress,” the minister said");
  await expect(reader).not.toContainText("Comments");
  expect(await reader.innerHTML()).not.toContain("<img");
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();

  // Imported articles persist, and can be deleted with their annotations, undoably.
  await page.reload();
  await dragSelect(page, "We are making progress");
  await tagSelection(page, "Quote");
  await page.getByRole("link", { name: "← Library" }).click();
  await page.getByRole("button", { name: /^Delete Border talks/ }).click();
  await expect(page.getByRole("alertdialog")).toContainText("and its 1 annotations?");
  await page.getByRole("button", { name: "Delete article" }).click();
  await expect(page.getByRole("link", { name: /Border talks/ })).toHaveCount(0);
  expect(await storedAnnotations(page)).toEqual([]);
  await page.getByRole("button", { name: "Undo delete" }).click();
  await expect(page.getByRole("table").getByRole("link", { name: /Border talks/ })).toBeVisible();
  expect((await storedAnnotations(page)).map((a) => a.exact)).toEqual(["We are making progress"]);
  // Chrome reports the page's onerror attribute as refused by the Content-Security-Policy even while
  // parsing it into an inert document: that message is the policy at work, and nothing else may appear.
  expect(errors.filter((e) => !e.includes("violates the following Content Security Policy"))).toEqual([]);
});

test("export, delete everything, import, export gives the same file", async ({ page }) => {
  await openArticle(page, HARRIS_TITLE);
  await selectPhrase(page, "Kamala Harris");
  await page.keyboard.press("4");
  await expect(page.getByRole("dialog").getByRole("option").first()).toHaveText(
    "Create speaker “Kamala Harris”",
  );
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toBeHidden();
  await selectPhrase(page, "We want to work with you");
  await page.keyboard.press("1");
  await expect(page.getByRole("dialog").getByRole("option").first()).toContainText("Kamala Harris");
  await page.keyboard.press("Enter");
  await page.getByRole("link", { name: "← Library" }).click();
  await chooseFiles(page, "Import articles…", [
    file("notes.txt", "Field notes\n\nThe mayor said “we will rebuild”.\n"),
  ]);
  await page.getByRole("list", { name: "Import results" }).getByRole("link", { name: "Field notes" }).click();
  await dragSelect(page, "we will rebuild");
  await tagSelection(page, "Quote");
  await page.getByRole("link", { name: "← Library" }).click();

  const before = await downloadOf(page, () => page.getByRole("button", { name: "Export all" }).click());
  const beforeFile = Buffer.from(JSON.stringify(before), "utf8");
  // Delete everything.
  await clearLibrary(page);
  await page.reload();
  await expect(page.getByRole("table", { name: "Articles" }).getByRole("row")).toHaveCount(6);

  await chooseFiles(page, "Import annotations…", [
    { name: "backup.json", mimeType: "application/json", buffer: beforeFile },
  ]);
  const dialog = page.getByRole("dialog", { name: "Import annotations from backup.json" });
  await expect(dialog).toContainText("6 articles: 1 new, 5 already in the library.");
  await expect(dialog).toContainText("3 annotations: 3 new");
  await dialog.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("list", { name: "Import results" })).toContainText(
    "backup.json: imported (merge)",
  );
  const after = await downloadOf(page, () => page.getByRole("button", { name: "Export all" }).click());
  expect(withoutTime(after)).toEqual(withoutTime(before));
});

test("merges or replaces an annotation set, and refuses a malformed one leaving the library as it was", async ({
  page,
}) => {
  await openArticle(page, HARRIS_TITLE);
  await dragSelect(page, "We want to work with you");
  await tagSelection(page, "Quote");
  const backup = await downloadOf(page, () => page.getByRole("button", { name: "Export JSON" }).click());
  const backupFile = {
    name: "harris.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(backup)),
  };

  // Work after the backup: a newer note on the quote, and a new claim.
  const list = page.getByRole("list", { name: "Annotations" });
  await list.getByRole("listitem").first().getByRole("button").first().click();
  await list.getByRole("textbox", { name: "Note" }).fill("checked against the video");
  await list.getByRole("textbox", { name: "Note" }).press("Tab");
  await dragSelect(page, "strengthen our cooperation");
  await tagSelection(page, "Claim");
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await page.getByRole("link", { name: "← Library" }).click();

  // A malformed file: a clear message naming the file and the path, and nothing changes.
  const beforeBad = await dumpDatabase(page);
  const bad = structuredClone(backup);
  bad.articles[0].annotations[0].end = 999999;
  await chooseFiles(page, "Import annotations…", [
    { name: "bad.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bad)) },
  ]);
  await expect(page.getByRole("list", { name: "Import results" })).toContainText(
    "bad.json: articles[0].annotations[0].end: 999999 is past the end of the text",
  );
  await expect(page.getByRole("dialog")).toHaveCount(0);
  expect(await dumpDatabase(page)).toEqual(beforeBad);

  // Merge: the library's newer note stays, the claim stays.
  await chooseFiles(page, "Import annotations…", [backupFile]);
  let dialog = page.getByRole("dialog", { name: "Import annotations from harris.json" });
  await expect(dialog).toContainText("1 kept as they are because the library's version is newer");
  await importFromDialog(page, dialog);
  let stored = await storedAnnotations(page);
  expect(stored.map((a) => [a.exact, a.note]).sort()).toEqual([
    ["We want to work with you", "checked against the video"],
    ["strengthen our cooperation", ""],
  ]);

  // Replace: the file's version of the article's annotations, exactly.
  await chooseFiles(page, "Import annotations…", [backupFile]);
  dialog = page.getByRole("dialog", { name: "Import annotations from harris.json" });
  await dialog.getByRole("radio", { name: /^Replace/ }).check();
  await expect(dialog).toContainText("1 removed from the library");
  await importFromDialog(page, dialog);
  stored = await storedAnnotations(page);
  expect(stored.map((a) => [a.exact, a.note])).toEqual([["We want to work with you", ""]]);
});

test("re-anchors an annotation set made on another version of the text, and keeps the rest as orphans", async ({
  page,
}) => {
  const errors = watchConsole(page);
  const original = articleText(HARRIS_ARTICLE);
  // The same story as another outlet ran it: a dateline changed, one phrase reworded.
  const theirs = original
    .replace("WASHINGTON — ", "WASHINGTON (AP) — ")
    .replace("strengthen our cooperation", "deepen our ties");
  const data = annotationFileOf({ id: HARRIS_ARTICLE, title: "WASHINGTON (AP)", text: theirs }, [
    { phrase: "We want to work with you", id: "placed", tag: "quote" },
    { phrase: "deepen our ties", id: "lost", tag: "claim" },
  ]);
  await page.goto("/");
  await chooseFiles(page, "Import annotations…", [
    { name: "ap.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) },
  ]);
  const dialog = page.getByRole("dialog", { name: "Import annotations from ap.json" });
  await expect(dialog).toContainText("1 with a different text");
  await expect(dialog).toContainText("Re-anchoring: 1 placed in the changed text, 1 could not be placed");
  await importFromDialog(page, dialog);

  const stored = await storedAnnotations(page);
  const placed = stored.find((a) => a.id === "placed");
  expect(slice(original, placed?.start ?? 0, placed?.end ?? 0)).toBe("We want to work with you");

  await openArticle(page, HARRIS_TITLE);
  await expect(page.locator('[data-annotation-id="placed"]').first()).toHaveText("We want to work with you");
  await expect(page.locator('[data-annotation-id="lost"]')).toHaveCount(0);
  const orphans = page.getByRole("list", { name: "Orphans" });
  await expect(orphans.getByRole("listitem")).toHaveText([/deepen our ties/]);

  // Exported with the orphan kept apart, then attached to the text it belongs to now.
  const exported = await downloadOf(page, () => page.getByRole("button", { name: "Export JSON" }).click());
  expect(exported.articles[0].orphans.map((a: { id: string }) => a.id)).toEqual(["lost"]);
  await selectPhrase(page, "strengthen our cooperation");
  await orphans.getByRole("button", { name: "Attach to selection" }).click();
  await expect(page.locator('[data-annotation-id="lost"]').first()).toHaveText("strengthen our cooperation");
  await expect(page.getByRole("list", { name: "Orphans" })).toHaveCount(0);
  const attached = (await storedAnnotations(page)).find((a) => a.id === "lost");
  expect(slice(original, attached?.start ?? 0, attached?.end ?? 0)).toBe("strengthen our cooperation");
  expect(errors).toEqual([]);
});
