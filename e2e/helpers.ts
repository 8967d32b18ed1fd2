import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";

export const HARRIS_ARTICLE = "000_cccd83b6053d3462";

export function articleText(id: string): string {
  const raw = readFileSync(new URL(`../articles/${id}.txt`, import.meta.url), "utf8");
  return raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** Code point slice, as Python's `text[start:end]`. */
export function slice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
}

/** Fails the test on any console error or uncaught exception of the page. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  return errors;
}

export async function openArticle(page: Page, title: RegExp | string): Promise<void> {
  await page.goto("/");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("textbox", { name: /Article text/ })).toBeVisible();
}

/** Viewport points just inside the first and last characters of `phrase` (its nth occurrence) in the article. */
async function phrasePoints(page: Page, phrase: string, occurrence = 0) {
  await page.locator(".article-text").waitFor();
  return page.evaluate(
    ({ phrase, occurrence }) => {
      const root = document.querySelector(".article-text");
      if (!root) throw new Error("no article text");
      const paragraphs = Array.from(root.querySelectorAll("p"));
      let seen = 0;
      for (const p of paragraphs) {
        const text = p.textContent ?? "";
        let index = text.indexOf(phrase);
        while (index >= 0) {
          if (seen === occurrence) {
            const locate = (offset: number) => {
              const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
              let rest = offset;
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const length = node.textContent?.length ?? 0;
                if (rest < length) return { node, offset: rest };
                rest -= length;
              }
              throw new Error("offset outside paragraph");
            };
            const charRect = (offset: number) => {
              const { node, offset: o } = locate(offset);
              const range = document.createRange();
              range.setStart(node, o);
              range.setEnd(node, o + 1);
              const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
              return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
            };
            const first = charRect(index);
            const last = charRect(index + phrase.length - 1);
            return {
              start: { x: first.left + 1, y: (first.top + first.bottom) / 2 },
              end: { x: last.right - 1, y: (last.top + last.bottom) / 2 },
            };
          }
          seen++;
          index = text.indexOf(phrase, index + 1);
        }
      }
      throw new Error(`phrase not found: ${phrase}`);
    },
    { phrase, occurrence },
  );
}

/** Selects `phrase` with a real mouse drag, as a person would. */
export async function dragSelect(
  page: Page,
  phrase: string,
  occurrence = 0,
  options: { beforeRelease?: () => Promise<void> } = {},
): Promise<void> {
  await page.locator(".article-text").waitFor();
  await page.evaluate(
    ({ phrase }) => {
      const p = Array.from(document.querySelectorAll(".article-text p")).find((el) =>
        el.textContent?.includes(phrase),
      );
      p?.scrollIntoView({ block: "center" });
    },
    { phrase },
  );
  const { start, end } = await phrasePoints(page, phrase, occurrence);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await options.beforeRelease?.();
  await page.mouse.up();
}

export interface StoredAnnotation {
  id: string;
  articleId: string;
  tag: string;
  start: number;
  end: number;
  exact: string;
  note: string;
  speakerId: string | null;
}

/** What IndexedDB holds, read straight from the browser's database without the app's code. */
export async function storedAnnotations(page: Page): Promise<StoredAnnotation[]> {
  return page.evaluate(
    () =>
      new Promise<StoredAnnotation[]>((resolve, reject) => {
        const request = indexedDB.open("quote-annotator");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction("annotations", "readonly");
          const all = tx.objectStore("annotations").getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as StoredAnnotation[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Tags the current selection with a toolbar button and closes the speaker picker that follows. */
export async function tagSelection(
  page: Page,
  tag: "Quote" | "Claim" | "Statistic" | "Speaker",
): Promise<void> {
  await page.getByRole("button", { name: tag, exact: true }).click();
  await closePicker(page);
}

/** The speaker picker opens after every tag; Escape leaves the annotation without a speaker. */
export async function closePicker(page: Page): Promise<void> {
  const picker = page.getByRole("dialog");
  await expect(picker).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(picker).toBeHidden();
}

/** Selects the nth occurrence of `phrase` as a keyboard user's Shift+Arrow selection would, and focuses the text. */
export async function selectPhrase(page: Page, phrase: string, occurrence = 0): Promise<void> {
  await page.locator(".article-text").waitFor();
  await page.evaluate(
    ({ phrase, occurrence }) => {
      let seen = 0;
      for (const p of Array.from(document.querySelectorAll(".article-text p"))) {
        const text = p.textContent ?? "";
        for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
          if (seen++ !== occurrence) continue;
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          let offset = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.textContent?.length ?? 0;
            if (at >= offset && at <= offset + length) range.setStart(node, at - offset);
            if (at + phrase.length >= offset && at + phrase.length <= offset + length) {
              range.setEnd(node, at + phrase.length - offset);
            }
            offset += length;
          }
          p.scrollIntoView({ block: "center" });
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
          return;
        }
      }
      throw new Error(`phrase not found: ${phrase}`);
    },
    { phrase, occurrence },
  );
  await page.getByRole("textbox", { name: /Article text/ }).focus();
}

/** Writes rows straight into the app's database (opened once by the app first), as another program could. */
export async function putRows(page: Page, store: string, rows: unknown[]): Promise<void> {
  await page.evaluate(
    ({ store, rows }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open("quote-annotator");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(store, "readwrite");
          for (const row of rows) tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, rows },
  );
}

/**
 * The annotation of code points `start` to `end` of a text (given as its code points), as the export
 * format holds it: the exact text and 32 code points of context on each side, unattributed, no note,
 * unless `fields` says otherwise.
 */
export function annotationOfSpan(
  chars: readonly string[],
  start: number,
  end: number,
  fields: { id: string; tag: string } & Record<string, unknown>,
) {
  return {
    start,
    end,
    exact: chars.slice(start, end).join(""),
    prefix: chars.slice(Math.max(0, start - 32), start).join(""),
    suffix: chars.slice(end, end + 32).join(""),
    speakerId: null,
    note: "",
    createdAt: "2026-11-20T10:00:00.000Z",
    updatedAt: "2026-11-20T10:00:00.000Z",
    ...fields,
  };
}

/** A stored row of the Harris article: its first "Kamala Harris" as a speaker span, unless `overrides` says otherwise. */
export function annotationRow(overrides: Partial<StoredAnnotation> & Record<string, unknown> = {}) {
  const chars = Array.from(articleText(HARRIS_ARTICLE));
  const exact = "Kamala Harris";
  const at = chars.join("").indexOf(exact);
  return {
    ...annotationOfSpan(chars, at, at + exact.length, {
      id: `seed-${Math.random().toString(36).slice(2)}`,
      tag: "speaker",
    }),
    articleId: HARRIS_ARTICLE,
    ...overrides,
  };
}
