import { expect, type Page, test } from "@playwright/test";
import { watchConsole } from "./helpers";

/**
 * A page of the app's origin that runs no app: a tab of another version of Quote Annotator, as far as
 * the database can tell, driven through raw IndexedDB.
 */
async function openBlankTab(page: Page) {
  await page.route("**/other-version.html", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Other version</title>" }),
  );
  await page.goto("/other-version.html");
}

// The stores and indexes of schema version 1 (src/store/schema.ts), as IndexedDB holds them.
const V1_STORES: { name: string; indexes: [string, string | string[]][] }[] = [
  { name: "articles", indexes: [["textSha256", "textSha256"]] },
  {
    name: "annotations",
    indexes: [
      ["articleId", "articleId"],
      ["[articleId+start]", ["articleId", "start"]],
      ["speakerId", "speakerId"],
      ["updatedAt", "updatedAt"],
    ],
  },
  { name: "speakers", indexes: [["name", "name"]] },
];

test("an upgrade blocked by an older tab says to close it, and goes on once it is closed", async ({
  context,
}) => {
  const older = await context.newPage();
  await openBlankTab(older);
  // The older tab holds the database at schema version 1 (native 10) and does not let go.
  await older.evaluate(
    (stores) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open("quote-annotator", 10);
        request.onupgradeneeded = () => {
          for (const { name, indexes } of stores) {
            const store = request.result.createObjectStore(name, { keyPath: name === "meta" ? "key" : "id" });
            for (const [index, keyPath] of indexes) store.createIndex(index, keyPath);
          }
        };
        request.onsuccess = () => {
          (window as unknown as { held: IDBDatabase }).held = request.result;
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    V1_STORES,
  );

  const page = await context.newPage();
  const errors = watchConsole(page);
  await page.goto("/");
  const banner = page
    .getByRole("alert")
    .filter({ hasText: "Close the other tabs of Quote Annotator to finish updating" });
  await expect(banner).toBeVisible();
  // The bundled articles can still be read meanwhile.
  await expect(page.getByRole("table", { name: "Articles" })).toBeVisible();
  await page.screenshot({ path: "/tmp/wt-e-upgrade-blocked.png" });

  await older.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
  await expect(banner).toBeHidden();
  // Opened at the current version: storage works.
  await expect(page.getByText(/Storage:|persistent|used/).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test("a tab lets go of the database when a newer version opens in another tab, and says to reload", async ({
  context,
}) => {
  const page = await context.newPage();
  const errors = watchConsole(page);
  await page.goto("/");
  await expect(page.getByRole("table", { name: "Articles" })).toBeVisible();

  const newer = await context.newPage();
  await openBlankTab(newer);
  // A much newer version (Dexie's native version is ten times the schema version).
  const outcome = await newer.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open("quote-annotator", 1000);
        request.onblocked = () => resolve("blocked");
        request.onsuccess = () => {
          request.result.close();
          resolve("opened");
        };
        request.onerror = () => resolve(String(request.error));
      }),
  );
  expect(outcome).toBe("opened");
  const notice = page
    .getByRole("alert")
    .filter({ hasText: "A newer version was opened in another tab; reload" });
  await expect(notice).toBeVisible();
  await page.screenshot({ path: "/tmp/wt-e-upgrade-superseded.png" });
  await notice.getByRole("button", { name: "Reload" }).click();
  // This build cannot open the newer database: after the reload it says why, and reads on.
  await expect(page.getByRole("table", { name: "Articles" })).toBeVisible();
  expect(errors).toEqual([]);
});
