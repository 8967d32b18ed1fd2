import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";

export const HARRIS_ARTICLE = "000_cccd83b6053d3462";
/** The Harris article's title as the library and its links show it. */
export const HARRIS_TITLE = /^WASHINGTON — Vice President Kamala Harris told/;

export function articleText(id: string): string {
  const raw = readFileSync(new URL(`../articles/${id}.txt`, import.meta.url), "utf8");
  return raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** Code point slice, as Python's `text[start:end]`. */
export function slice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
}

/**
 * The code point offset of the first `phrase` in `text` at or after code point `from`, or -1: what
 * Python's `text.find(phrase, from)` gives, and what exported offsets count.
 */
export function codePointIndexOf(text: string, phrase: string, from = 0): number {
  const fromUnits = Array.from(text).slice(0, from).join("").length;
  const at = text.indexOf(phrase, fromUnits);
  return at < 0 ? -1 : Array.from(text.slice(0, at)).length;
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

/** Which text of the article a helper selects. */
export interface PhraseOptions {
  /** Which occurrence of the phrase, counting from 0 through the paragraphs searched. */
  occurrence?: number;
  /** Search only the paragraphs whose text contains this. */
  paragraph?: string;
  /** Select on to the end of the first occurrence of this after the phrase, in its paragraph or a later one. */
  through?: string;
}

/**
 * Runs in the page: finds the text `options` describe in the article's paragraphs, scrolls its first
 * paragraph to the middle of the view, and selects it as a DOM range ("select") or returns viewport
 * points just inside its first and last characters ("points").
 */
function phraseInPage({
  phrase,
  options,
  action,
}: {
  phrase: string;
  options: PhraseOptions;
  action: "select" | "points";
}): { start: { x: number; y: number }; end: { x: number; y: number } } | null {
  const root = document.querySelector(".article-text");
  if (!root) throw new Error("no article text");
  const paragraphs = Array.from(root.querySelectorAll("p"));
  const texts = paragraphs.map((p) => p.textContent ?? "");
  const occurrence = options.occurrence ?? 0;
  let start: { p: number; offset: number } | null = null;
  let seen = 0;
  for (let p = 0; p < texts.length && !start; p++) {
    const text = texts[p] ?? "";
    if (options.paragraph !== undefined && !text.includes(options.paragraph)) continue;
    for (let at = text.indexOf(phrase); at >= 0 && !start; at = text.indexOf(phrase, at + 1)) {
      if (seen++ === occurrence) start = { p, offset: at };
    }
  }
  if (!start) throw new Error(`phrase not found: ${phrase}`);
  let end: { p: number; offset: number } | null = { p: start.p, offset: start.offset + phrase.length };
  const through = options.through;
  if (through !== undefined) {
    end = null;
    for (let p = start.p; p < texts.length && !end; p++) {
      const at = (texts[p] ?? "").indexOf(through, p === start.p ? start.offset + phrase.length : 0);
      if (at >= 0) end = { p, offset: at + through.length };
    }
    if (!end) throw new Error(`not found after ${phrase}: ${through}`);
  }
  // The text node and offset in it of a paragraph offset; `atEnd` prefers the end of a node to the
  // start of the next, as the end of a range does.
  const locate = ({ p, offset }: { p: number; offset: number }, atEnd: boolean) => {
    const paragraph = paragraphs[p];
    if (!paragraph) throw new Error("no such paragraph");
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    let rest = offset;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (rest < length || (atEnd && rest === length)) return { node, offset: rest };
      rest -= length;
    }
    throw new Error("offset outside paragraph");
  };
  paragraphs[start.p]?.scrollIntoView({ block: "center" });
  const from = locate(start, false);
  const to = locate(end, true);
  if (action === "select") {
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return null;
  }
  const charRect = (node: Node, offset: number) => {
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
  };
  const first = charRect(from.node, from.offset);
  const lastChar = locate({ p: end.p, offset: end.offset - 1 }, false);
  const last = charRect(lastChar.node, lastChar.offset);
  return {
    start: { x: first.left + 1, y: (first.top + first.bottom) / 2 },
    end: { x: last.right - 1, y: (last.top + last.bottom) / 2 },
  };
}

/** Selects `phrase` (see PhraseOptions) with a real mouse drag, as a person would. */
export async function dragSelect(
  page: Page,
  phrase: string,
  options: PhraseOptions & { beforeRelease?: () => Promise<void> } = {},
): Promise<void> {
  const { beforeRelease, ...where } = options;
  await page.locator(".article-text").waitFor();
  const points = await page.evaluate(phraseInPage, { phrase, options: where, action: "points" as const });
  if (!points) throw new Error("no points for the drag");
  const { start, end } = points;
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await beforeRelease?.();
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
  annotator?: string;
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

/**
 * Selects `phrase` (see PhraseOptions) as a keyboard user's Shift+Arrow selection would, and focuses
 * the text.
 */
export async function selectPhrase(page: Page, phrase: string, options: PhraseOptions = {}): Promise<void> {
  await page.locator(".article-text").waitFor();
  await page.evaluate(phraseInPage, { phrase, options, action: "select" as const });
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
  const text = articleText(HARRIS_ARTICLE);
  const exact = "Kamala Harris";
  const at = codePointIndexOf(text, exact);
  return {
    ...annotationOfSpan(Array.from(text), at, at + Array.from(exact).length, {
      id: `seed-${Math.random().toString(36).slice(2)}`,
      tag: "speaker",
    }),
    articleId: HARRIS_ARTICLE,
    ...overrides,
  };
}

export interface FileSpec {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Clicks the button that opens a file chooser and chooses `files` in it, as a person would. */
export async function chooseFiles(page: Page, button: string, files: FileSpec[]): Promise<void> {
  const choosing = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: button }).click();
  await (await choosing).setFiles(files);
}

/**
 * From now on in `page`, while `refuseWrites(page, true)` is in force, the browser refuses every write
 * to IndexedDB (add, put, delete) as a full disk would, with a QuotaExceededError.
 */
export async function canRefuseWrites(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const flag = window as unknown as { __refuseWrites?: boolean };
    for (const method of ["add", "put", "delete"] as const) {
      const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
      (IDBObjectStore.prototype as unknown as Record<string, unknown>)[method] = function (
        this: IDBObjectStore,
        ...args: unknown[]
      ) {
        if (flag.__refuseWrites) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return original.apply(this, args);
      };
    }
  });
}

/** Turns the refusal that `canRefuseWrites` set up on or off. */
export async function refuseWrites(page: Page, on: boolean): Promise<void> {
  await page.evaluate((value) => {
    (window as unknown as { __refuseWrites?: boolean }).__refuseWrites = value;
  }, on);
}

/**
 * An annotation file (format version 1) holding one article with `text`, and annotations of it, each
 * given by the phrase it covers (its first occurrence), its id and its tag.
 */
export function annotationFileOf(
  article: { id: string; title: string; text: string; source?: string },
  spans: readonly { phrase: string; id: string; tag: string }[],
) {
  const chars = Array.from(article.text);
  return {
    format: "quote-annotator",
    version: 1,
    exportedAt: "2026-11-21T10:00:00.000Z",
    speakers: [],
    articles: [
      {
        id: article.id,
        title: article.title,
        source: article.source ?? "elsewhere",
        textSha256: createHash("sha256").update(article.text, "utf8").digest("hex"),
        text: article.text,
        annotations: spans.map(({ phrase, id, tag }) => {
          const start = codePointIndexOf(article.text, phrase);
          return annotationOfSpan(chars, start, start + Array.from(phrase).length, { id, tag });
        }),
      },
    ],
  };
}

/**
 * Presses Import in the import dialog and waits until the import is done: it runs in a worker, and
 * its result line is the sign that it was written.
 */
export async function importFromDialog(page: Page, dialog: Locator): Promise<void> {
  const results = page.getByRole("list", { name: "Import results" }).getByRole("listitem");
  const before = await results.count();
  await dialog.getByRole("button", { name: "Import" }).click();
  await expect(dialog).toBeHidden();
  await expect(results).toHaveCount(before + 1);
  await expect(results.last()).toContainText("imported");
}

/** Empties the library's articles, annotations and speakers, straight in IndexedDB (reload after). */
export async function clearLibrary(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open("quote-annotator");
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(["articles", "annotations", "speakers"], "readwrite");
          for (const name of ["articles", "annotations", "speakers"]) tx.objectStore(name).clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
        };
      }),
  );
}
