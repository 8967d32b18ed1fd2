import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import Papa from "papaparse";
import { chooseFiles, watchConsole } from "./helpers";

const NYT_PAGE = readFileSync(new URL("../src/model/fixtures/pages/nyt-style.html", import.meta.url));
const TITLE = "Riverton Council Approves Transit Plan After a Long Night of Debate";
const URL_OF_PAGE = "https://www.nytimes.example/2026/03/04/nyregion/riverton-transit-plan.html";

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const downloading = page.waitForEvent("download");
  await click();
  return readFile((await (await downloading).path()) ?? "", "utf8");
}

test("a saved news page comes in without its boilerplate, and with its byline, date, site and address", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto("/");
  await chooseFiles(page, "Import articles…", [
    { name: "riverton-transit.html", mimeType: "text/html", buffer: NYT_PAGE },
  ]);
  await page.getByRole("list", { name: "Import results" }).getByRole("link", { name: TITLE }).click();

  const reader = page.getByRole("textbox", { name: /Article text/ });
  await expect(reader).toContainText("Credit rating agencies have warned");
  for (const boilerplate of ["Continue reading", "Supported by", "Credit...", "Related:", "Order Reprints"]) {
    await expect(reader).not.toContainText(boilerplate);
  }
  // The title without " - The New York Times", and under it, small, what the page said about itself.
  const header = page.getByRole("banner");
  await expect(header.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const about = header.getByRole("group", { name: "About this article" });
  await expect(about).toContainText("By Maria Lopez, Daniel Okafor");
  await expect(about).toContainText("The New York Times");
  await expect(about.locator("time")).toHaveAttribute("datetime", "2026-03-04T10:15:32.000Z");
  const link = about.getByRole("link", { name: /nytimes\.example/ });
  await expect(link).toHaveAttribute("href", URL_OF_PAGE);
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  await page.screenshot({ path: "/tmp/wt-e-html-import.png" });
  expect((await new AxeBuilder({ page }).include("header").analyze()).violations).toEqual([]);

  // Every export carries it: JSON (format version 2 on), W3C as the target's scope, CSV as a column.
  const json = JSON.parse(
    await downloaded(page, () => page.getByRole("button", { name: "Export JSON" }).click()),
  );
  expect(json.version).toBe(4);
  expect(json.articles[0]).toMatchObject({
    title: TITLE,
    byline: "Maria Lopez, Daniel Okafor",
    publishedAt: "2026-03-04T10:15:32.000Z",
    siteName: "The New York Times",
    url: URL_OF_PAGE,
  });
  await page.getByText("More formats").click();
  const csv = await downloaded(page, () => page.getByRole("button", { name: "Export CSV, raw" }).click());
  expect(Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data[0]?.[8]).toBe("article_url");

  // A bundled text file has no page behind it, and shows nothing of the kind.
  await page.goto("/");
  await page.getByRole("table", { name: "Articles" }).getByRole("link").first().click();
  await expect(page.getByRole("textbox", { name: /Article text/ })).toBeVisible();
  await expect(page.getByRole("group", { name: "About this article" })).toHaveCount(0);
  expect(errors.filter((e) => !e.includes("violates the following Content Security Policy"))).toEqual([]);
});
