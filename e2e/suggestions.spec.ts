import { expect, type Page, test } from "@playwright/test";
import { HARRIS_TITLE, openArticle, selectPhrase, storedAnnotations, watchConsole } from "./helpers";

/** The rows of one store of the app's database, read without the app's code. */
function storedRows(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = indexedDB.open("quote-annotator");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction(name, "readonly").objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as Record<string, unknown>[]);
          };
        };
      }),
    store,
  );
}

const waiting = async (page: Page) =>
  Number(await page.getByRole("region", { name: "Suggestions" }).locator(".count").textContent());

test("suggestions are drawn as ghosts, accepted and rejected by key, accepted all at once, and never touch the user's work", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await openArticle(page, HARRIS_TITLE);
  // The user's own quote first: no suggestion covers it, and accepting suggestions leaves it as it is.
  await selectPhrase(page, "We want to work with you");
  await page.keyboard.press("1");
  await page.keyboard.press("Escape");
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(1);
  const [mine] = await storedAnnotations(page);
  const panel = page.getByRole("region", { name: "Suggestions" });
  await expect(panel.locator(".count")).toHaveText(/^\d+$/);
  const before = await waiting(page);
  expect(before).toBeGreaterThan(2);
  await expect(page.locator(".article-text .sg-content").first()).toBeVisible();
  expect(
    await page
      .locator(
        `.article-text [data-annotation-id="${mine?.id}"] .sg-content, .article-text .sg-content [data-annotation-id="${mine?.id}"]`,
      )
      .count(),
  ).toBe(0);

  // J reviews the first suggestion; Enter accepts it as an ordinary annotation with its parts.
  await page.getByRole("textbox", { name: /Article text/ }).focus();
  await page.keyboard.press("j");
  await expect(page.locator(".article-text .sg-current").first()).toBeVisible();
  const reviewed = await panel.locator(".suggestion-current").textContent();
  await page.keyboard.press("Enter");
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(2);
  await expect.poll(() => waiting(page)).toBe(before - 1);
  const accepted = (await storedAnnotations(page)).find((a) => a.id !== mine?.id) as unknown as Record<
    string,
    unknown
  >;
  expect(accepted).toMatchObject({ tag: "quote", note: "" });
  expect(reviewed).toContain(String(accepted.exact).slice(0, 20));

  // X rejects the next one: remembered for this text, and not proposed again after a reload.
  await page.keyboard.press("j");
  await page.keyboard.press("x");
  await expect.poll(() => waiting(page)).toBe(before - 2);
  const rejected = await storedRows(page, "rejectedSuggestions");
  expect(rejected).toHaveLength(1);
  await page.reload();
  await expect(page.getByRole("region", { name: "Suggestions" }).locator(".count")).toHaveText(
    String(before - 2),
  );

  // Accept all the sure ones: one undo step, which takes them all back.
  const acceptAll = page.getByRole("button", { name: /^Accept all at 80% or more/ });
  const sure = Number(/\((\d+)\)/.exec((await acceptAll.textContent()) ?? "")?.[1]);
  expect(sure).toBeGreaterThan(0);
  await acceptAll.click();
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(2 + sure);
  expect((await storedAnnotations(page)).find((a) => a.id === mine?.id)).toEqual(mine);
  await page.keyboard.press("Control+z");
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(2);

  // Turned off, nothing is drawn.
  await panel.getByRole("checkbox", { name: "Show" }).uncheck();
  await expect(page.locator(".article-text .sg-content")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("the library suggests for all articles with progress, and says how many wait in each", async ({
  page,
}) => {
  await page.goto("/");
  const region = page.getByRole("region", { name: "Suggestions for all articles" });
  // Every state the box shows is recorded, so the progress is seen however fast the run goes.
  await region.evaluate((box) => {
    const seen: string[] = [];
    Object.assign(window, { __suggestAllSeen: seen });
    new MutationObserver(() => {
      const bar = box.querySelector("progress");
      seen.push(`${box.textContent}${bar ? ` [${bar.value}/${bar.max}]` : ""}`);
    }).observe(box, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await page.getByRole("button", { name: "Suggest for all articles" }).click();
  const row = page.getByRole("row", { name: HARRIS_TITLE });
  await expect(row.locator(".suggestion-count")).toHaveText(/^\d+ suggestions to review$/);
  const listed = Number(/^(\d+)/.exec((await row.locator(".suggestion-count").textContent()) ?? "")?.[1]);
  await expect(region).toContainText("wait for review");
  const seen = await page.evaluate(
    () => (window as unknown as { __suggestAllSeen: string[] }).__suggestAllSeen,
  );
  // Counted article by article out of the library's five, with Cancel offered meanwhile.
  expect(seen.some((s) => /Suggesting: [0-4] of 5 articles.*Cancel.*\[[0-4]\/5\]/.test(s))).toBe(true);
  // The reader finds as many.
  await row.getByRole("link").first().click();
  await expect(page.getByRole("region", { name: "Suggestions" }).locator(".count")).toHaveText(
    String(listed),
  );
});
