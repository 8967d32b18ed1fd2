import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, expect, type Page, test } from "@playwright/test";
import config from "../playwright.config";
import {
  annotationOfSpan,
  annotationRow,
  articleText,
  HARRIS_ARTICLE,
  putRows,
  storedAnnotations,
} from "./helpers";

const launchOptions = config.use?.launchOptions ?? {};
const baseURL = config.use?.baseURL ?? "http://localhost:4173";

/** 10,000 valid annotations of the Harris article: runs of 1 to 13 words starting at every word. */
function bigAnnotationSet() {
  const text = articleText(HARRIS_ARTICLE);
  const chars = Array.from(text);
  const words = [...text.matchAll(/\p{L}+/gu)].map((m) => {
    const start = Array.from(text.slice(0, m.index)).length;
    return { start, end: start + Array.from(m[0]).length };
  });
  const annotations = [];
  for (let length = 1; annotations.length < 10_000; length++) {
    for (let i = 0; i + length <= words.length && annotations.length < 10_000; i++) {
      const start = words[i]?.start ?? 0;
      const end = words[i + length - 1]?.end ?? 0;
      annotations.push(
        annotationOfSpan(chars, start, end, {
          id: `bulk-${length}-${i}`,
          tag: ["quote", "claim", "statistic", "speaker"][annotations.length % 4] ?? "quote",
        }),
      );
    }
  }
  return {
    format: "quote-annotator",
    version: 1,
    exportedAt: "2026-11-25T10:00:00.000Z",
    speakers: [],
    articles: [
      {
        id: HARRIS_ARTICLE,
        title: "WASHINGTON",
        source: `articles/${HARRIS_ARTICLE}.txt`,
        textSha256: createHash("sha256").update(text, "utf8").digest("hex"),
        text,
        annotations,
      },
    ],
  };
}

async function open(dir: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(dir, { ...launchOptions, baseURL });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto("/");
  await expect(page.getByRole("table", { name: "Articles" })).toBeVisible();
  return { context, page };
}

test("killing the browser in the middle of a 10,000-annotation import leaves all of it or none of it", async () => {
  test.setTimeout(180_000);
  const file = Buffer.from(JSON.stringify(bigAnnotationSet()), "utf8");
  // Kill at several points of the import: while it is read and planned, and while it is written.
  for (const delay of [0, 150, 400, 550, 700, 900]) {
    const dir = mkdtempSync(join(tmpdir(), "qa-crash-"));
    try {
      let { context, page } = await open(dir);
      const earlier = annotationRow({ id: "earlier-work" });
      await putRows(page, "annotations", [earlier]);

      const choosing = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Import annotations…" }).click();
      await (await choosing).setFiles({ name: "bulk.json", mimeType: "application/json", buffer: file });
      const dialog = page.getByRole("dialog", { name: "Import annotations from bulk.json" });
      await expect(dialog).toContainText("10000 annotations: 10000 new");
      await dialog.getByRole("button", { name: "Import" }).click();
      await page.waitForTimeout(delay);
      // SIGKILL: no unload, no chance to finish anything.
      // The bracket keeps the pattern from matching this shell command itself.
      execSync(`pkill -KILL -f -- "[-]-user-data-dir=${dir}" || true`);
      await context.close().catch(() => undefined);

      ({ context, page } = await open(dir));
      const stored = await storedAnnotations(page);
      const imported = stored.filter((a) => a.id.startsWith("bulk-")).length;
      expect([0, 10_000]).toContain(imported);
      test
        .info()
        .annotations.push({ type: "outcome", description: `killed after ${delay} ms: ${imported} imported` });
      expect(stored.find((a) => a.id === "earlier-work")).toMatchObject({ exact: earlier.exact });
      await context.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});
