import { expect, type Page, test } from "@playwright/test";
import { HARRIS_TITLE, openArticle, selectPhrase, storedAnnotations, watchConsole } from "./helpers";

// Runs in the "phone" project: a refused write must be seen with the annotations panel closed.

/** From when `refuse(page, true)` is called until `refuse(page, false)`, the browser refuses every write. */
async function refusingWrites(page: Page) {
  await page.addInitScript(() => {
    const flag = window as unknown as { __refuse?: boolean };
    for (const method of ["add", "put", "delete"] as const) {
      const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
      (IDBObjectStore.prototype as unknown as Record<string, unknown>)[method] = function (
        this: IDBObjectStore,
        ...args: unknown[]
      ) {
        if (flag.__refuse) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return original.apply(this, args);
      };
    }
  });
}
const refuse = (page: Page, on: boolean) =>
  page.evaluate((value) => {
    (window as unknown as { __refuse?: boolean }).__refuse = value;
  }, on);

test("on a phone a refused tag is reported on screen with Retry, the panel closed", async ({ page }) => {
  const errors = watchConsole(page);
  await refusingWrites(page);
  await openArticle(page, HARRIS_TITLE);
  await refuse(page, true);
  await selectPhrase(page, "We want to work with you");
  await page.getByRole("toolbar", { name: "Tag the selection" }).getByRole("button", { name: "Quote" }).tap();
  const alert = page.getByRole("alert").filter({ hasText: "Not saved: could not save the annotation" });
  await expect(alert).toBeInViewport();
  await expect(page.getByRole("dialog", { name: "Annotations" })).toBeHidden();
  expect(await storedAnnotations(page)).toEqual([]);

  await refuse(page, false);
  await alert.getByRole("button", { name: "Retry" }).tap();
  await expect(alert).toBeHidden();
  await expect.poll(async () => (await storedAnnotations(page)).map((a) => a.tag)).toEqual(["quote"]);
  expect(errors.filter((e) => !/Quota/i.test(e))).toEqual([]);
});
