import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { closePicker, putRows, selectPhrase, storedAnnotations, watchConsole } from "./helpers";

test("an article on one long line reads as one paragraph, and tags, proposes and draws like any other", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const errors = watchConsole(page);
  // 300,000 characters on one line (a transcript pasted without line breaks), with 1,500 annotations.
  const sentences = Array.from(
    { length: 3000 },
    (_, i) => `Sentence ${i} of the transcript says what speaker ${i % 7} thought about item ${i}. `,
  );
  const text = `A transcript on one line\n\n${sentences.join("")}`.slice(0, 300_000);
  const id = "imp_one_line";
  const rows = Array.from({ length: 1500 }, (_, i) => {
    const phrase = `item ${i * 2}.`;
    const start = text.indexOf(phrase);
    return {
      id: `a${i}`,
      articleId: id,
      tag: ["quote", "claim", "statistic"][i % 3],
      start,
      end: start + phrase.length - 1,
      exact: phrase.slice(0, -1),
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(start + phrase.length - 1, start + phrase.length + 31),
      speakerId: null,
      note: "",
      createdAt: "2026-11-20T10:00:00.000Z",
      updatedAt: "2026-11-20T10:00:00.000Z",
    };
  });
  await page.goto("/");
  await expect(page.getByRole("table", { name: "Articles" })).toBeVisible();
  await putRows(page, "articles", [
    {
      id,
      title: "A transcript on one line",
      source: "import:transcript.txt",
      text,
      textSha256: createHash("sha256").update(text, "utf8").digest("hex"),
    },
  ]);
  await putRows(page, "annotations", rows);
  await page.goto(`/#/article/${id}`);
  await expect(page.locator(".article-text [data-annotation-id]").first()).toBeVisible();

  // Drawn as one paragraph: its parts flow inline, one after the other.
  const layout = await page.evaluate(() => {
    const parts = Array.from(document.querySelectorAll(".article-text p.part"));
    const displays = new Set(parts.map((p) => getComputedStyle(p).display));
    // Where a part ends and the next begins, the text goes on in the same line of the page.
    const first = parts[0];
    const range = document.createRange();
    const node = first?.lastChild?.lastChild ?? first?.lastChild;
    if (!node?.textContent) return { parts: parts.length, displays: [...displays], sameLine: false };
    range.setStart(node, node.textContent.length - 1);
    range.setEnd(node, node.textContent.length);
    const end = range.getBoundingClientRect();
    const next = parts[1]?.firstChild;
    const after = document.createRange();
    if (next) {
      const text = next.firstChild ?? next;
      after.setStart(text, 0);
      after.setEnd(text, 1);
    }
    const start = after.getBoundingClientRect();
    return {
      parts: parts.length,
      displays: [...displays],
      sameLine: Math.abs(end.top - start.top) < 2 || start.left < end.left,
    };
  });
  expect(layout.parts).toBeGreaterThan(50);
  expect(layout.displays).toEqual(["inline"]);
  expect(layout.sameLine).toBe(true);

  // Tag in the middle of the line: stored, drawn, and the picker comes up.
  await selectPhrase(page, "Sentence 1500 of the transcript");
  await page.keyboard.press("1");
  await closePicker(page);
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(1501);
  const stored = (await storedAnnotations(page)).find((a) => a.exact === "Sentence 1500 of the transcript");
  expect(stored?.start).toBe(text.indexOf("Sentence 1500 of the transcript"));
  await expect(page.locator(`.article-text [data-annotation-id="${stored?.id}"]`)).toHaveText(
    "Sentence 1500 of the transcript",
  );
  expect(errors).toEqual([]);
});
