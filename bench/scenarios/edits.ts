import { expect, type Page } from "@playwright/test";
import {
  armEditProbe,
  type EditProbeOptions,
  nextFrames,
  pointAtHighlight,
  readEditTiming,
  selectWords,
} from "../browser/editProbe";
import { type EditLoop, loopGoesOn } from "../editLoop";
import type { Random } from "../random";

const TAGS = ["quote", "claim", "statistic", "speaker"] as const;
const APP_TEXT = ".article-text";
const APP_ID = "data-annotation-id";
/** Every opening waits for a highlight in the first screen: edits keep away from the first few screens. */
const SKIP_TOP_PX = 4000;

/** Arms the page's edit probe, performs the input, and returns the milliseconds until the DOM showed the result. */
async function timeEdit(page: Page, probe: EditProbeOptions, input: () => Promise<void>): Promise<number> {
  await page.evaluate(armEditProbe, probe);
  await input();
  const handle = await page.waitForFunction(readEditTiming, undefined, { timeout: 10_000 });
  const timing = await handle.jsonValue();
  if (!timing || timing.start === null || timing.end === null) throw new Error("the edit probe did not fire");
  return timing.end - timing.start;
}

/** Selects some words at a seeded place, scrolled into view, and lets the page settle. */
async function selectSomewhere(page: Page, random: Random, rootSelector: string): Promise<void> {
  await page.evaluate(selectWords, {
    rootSelector,
    paragraph: random.next(),
    word: random.next(),
    words: random.int(3, 13),
  });
}

const lastClick = new WeakMap<Page, { x: number; y: number }>();

/**
 * Clicks a highlight at a place given as a fraction of the highlights drawn (scrolled to the middle of the viewport) and returns the id of
 * the annotation the app selected for it. The app selects in a task after the click, so it waits for
 * the selection to change from what it was before the click.
 */
export async function clickHighlight(page: Page, fraction: number): Promise<string> {
  const readSelected = (prev: string | null) => {
    const id = document.querySelector(".article-text .hl-selected")?.getAttribute("data-annotation-id");
    return id && id !== prev ? id : null;
  };
  const before = await page.evaluate(readSelected, null);
  const point = await page.evaluate(pointAtHighlight, {
    rootSelector: APP_TEXT,
    attribute: APP_ID,
    fraction,
    skipTopPx: SKIP_TOP_PX,
    avoid: lastClick.get(page) ?? null,
  });
  await page.evaluate(nextFrames, 2);
  await page.mouse.click(point.x, point.y);
  lastClick.set(page, point);
  try {
    const handle = await page.waitForFunction(readSelected, before, { timeout: 2_000 });
    return String(await handle.jsonValue());
  } catch {
    // The click landed on the annotation that was already selected.
    const same = await page.evaluate(readSelected, null);
    if (!same) throw new Error("clicking a highlight selected nothing");
    return same;
  }
}

export interface AppEditFigures {
  tag: number[];
  retag: number[];
  delete: number[];
}

/**
 * In the app's reader (already open): tags by key 1 on fresh selections, then retags through the
 * sidebar's Tag select, then deletions by the Delete key, each on a highlight chosen by clicking it as
 * a reader would.
 */
export async function measureAppEdits(page: Page, random: Random, loop: EditLoop): Promise<AppEditFigures> {
  const figures: AppEditFigures = { tag: [], retag: [], delete: [] };
  const text = page.getByRole("textbox", { name: /^Article text/ });
  const picker = page.getByRole("dialog");
  // The sidebar counts what the database holds; see the end.
  const counted = page
    .getByRole("complementary")
    .getByRole("heading", { name: /^Annotations/ })
    .locator(".count");
  const before = Number((await counted.textContent())?.replace(/\D/g, ""));

  for (const started = performance.now(); loopGoesOn(loop, figures.tag.length, started); ) {
    await selectSomewhere(page, random, APP_TEXT);
    await text.focus();
    await page.evaluate(nextFrames, 2);
    figures.tag.push(
      await timeEdit(
        page,
        {
          rootSelector: APP_TEXT,
          attribute: APP_ID,
          trigger: { type: "keydown", key: "1" },
          expect: { kind: "added" },
        },
        () => page.keyboard.press("1"),
      ),
    );
    // Tagging opens the speaker picker; Escape leaves the annotation unattributed.
    await picker.waitFor({ state: "visible" });
    await page.keyboard.press("Escape");
    await picker.waitFor({ state: "hidden" });
  }

  const tagSelect = page.getByRole("combobox", { name: "Tag", exact: true });
  for (const started = performance.now(); loopGoesOn(loop, figures.retag.length, started); ) {
    const selected = await clickHighlight(page, random.next());
    const current = await tagSelect.inputValue();
    const tag = random.pick(TAGS.filter((t) => t !== current));
    figures.retag.push(
      await timeEdit(
        page,
        {
          rootSelector: APP_TEXT,
          attribute: APP_ID,
          trigger: { type: "change" },
          expect: { kind: "retagged", id: selected, tag },
        },
        async () => {
          await tagSelect.selectOption(tag);
        },
      ),
    );
  }

  for (const started = performance.now(); loopGoesOn(loop, figures.delete.length, started); ) {
    const id = await clickHighlight(page, random.next());
    figures.delete.push(
      await timeEdit(
        page,
        {
          rootSelector: APP_TEXT,
          attribute: APP_ID,
          trigger: { type: "keydown", key: "Delete" },
          expect: { kind: "removed", id },
        },
        () => page.keyboard.press("Delete"),
      ),
    );
  }
  // Highlights are drawn ahead of the database; the last writes must land before the page is left.
  const after = before + figures.tag.length - figures.delete.length;
  await expect(counted).toHaveText(String(after), { timeout: 10_000 });
  return figures;
}

/** In the text-annotator baseline (already open): annotations added by key 1 on fresh selections. */
export async function measureTextAnnotatorTags(
  page: Page,
  random: Random,
  loop: EditLoop,
): Promise<number[]> {
  const samples: number[] = [];
  for (const started = performance.now(); loopGoesOn(loop, samples.length, started); ) {
    await selectSomewhere(page, random, ".ta-text");
    await page.evaluate(nextFrames, 2);
    samples.push(
      await timeEdit(
        page,
        {
          rootSelector: ".r6o-span-highlight-layer",
          attribute: "data-annotation",
          trigger: { type: "keydown", key: "1" },
          expect: { kind: "added" },
        },
        () => page.keyboard.press("1"),
      ),
    );
  }
  return samples;
}
