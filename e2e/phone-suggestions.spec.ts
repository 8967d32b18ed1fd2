import { expect, test } from "@playwright/test";
import { HARRIS_TITLE, openArticle, storedAnnotations, watchConsole } from "./helpers";

// Runs in the "phone" project: 390 × 844, touch. Suggestions are reviewed with a thumb: a tap on a
// dashed frame brings one to the bar at the bottom, whose buttons accept, reject and go on.

test("a suggestion is tapped, reviewed in the bar, accepted or rejected, and the next one shown", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await openArticle(page, HARRIS_TITLE);
  const count = page.locator(".suggestions-panel .count");
  await expect(page.locator(".article-text .sg-content").first()).toBeVisible();
  await expect(page.getByText("tap a dashed frame to review a suggestion")).toBeVisible();

  const ghost = page.locator(".article-text .sg-content").nth(1);
  const words = (await ghost.textContent()) ?? "";
  await ghost.tap();
  const review = page.getByRole("region", { name: "Suggestion under review" });
  await expect(review).toContainText(words.slice(0, 20));
  const waiting = Number(await count.textContent());

  // Accept: an ordinary annotation of the suggested words, and the bar goes on to the next one.
  await review.getByRole("button", { name: "Accept" }).tap();
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(1);
  const [accepted] = await storedAnnotations(page);
  expect(words).toContain(String(accepted?.exact).slice(0, 20));
  await expect.poll(async () => Number(await count.textContent())).toBe(waiting - 1);

  // Next shows another in the text and the bar; Reject takes it away without writing an annotation.
  await review.getByRole("button", { name: "Next suggestion" }).tap();
  await expect(page.locator(".article-text .sg-current").first()).toBeInViewport();
  await review.getByRole("button", { name: "Reject" }).tap();
  await expect.poll(async () => Number(await count.textContent())).toBe(waiting - 2);
  expect(await storedAnnotations(page)).toHaveLength(1);
  expect(errors).toEqual([]);
});
