import { expect, test } from "@playwright/test";
import { chooseFiles, watchConsole } from "./helpers";

const MIXED = [
  "Talks in Beirut",
  "",
  "The minister spoke to reporters after the meeting.",
  "",
  "قال الوزير إن المحادثات كانت مثمرة وإن الاتفاق قريب.",
  "",
  "השר אמר כי השיחות היו פוריות.",
  "",
].join("\n");

test("draws right-to-left paragraphs right to left, each paragraph by its own first strong letter", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto("/");
  await chooseFiles(page, "Import articles…", [
    { name: "beirut.txt", mimeType: "text/plain", buffer: Buffer.from(MIXED, "utf8") },
  ]);
  await page
    .getByRole("list", { name: "Import results" })
    .getByRole("link", { name: "Talks in Beirut" })
    .click();
  const reader = page.getByRole("textbox", { name: /Article text/ });
  await expect(reader).toContainText("قال الوزير");
  const directions = await reader
    .locator("p")
    .evaluateAll((ps) => ps.map((p) => [p.textContent?.slice(0, 8), getComputedStyle(p).direction]));
  expect(directions).toEqual([
    ["Talks in", "ltr"],
    ["The mini", "ltr"],
    ["قال الوز", "rtl"],
    ["השר אמר ", "rtl"],
  ]);
  await page.screenshot({ path: "/tmp/wt-e-rtl.png" });
  expect(errors).toEqual([]);
});
