import { expect, type Page } from "@playwright/test";
import {
  armEditProbe,
  type EditProbeOptions,
  nextFrames,
  pointAtHighlight,
  readEditTiming,
  selectedText,
  wordPoints,
} from "../browser/editProbe";
import { longTasksSince } from "../browser/taskLog";
import { type EditLoop, loopGoesOn } from "../editLoop";
import type { Random } from "../random";
import { longestTaskIn } from "../tasks";

const TAGS = ["quote", "claim", "statistic", "speaker"] as const;
const APP_TEXT = ".article-text";
const APP_ID = "data-annotation-id";
/** Every opening waits for a highlight in the first screen: edits keep away from the first few screens. */
const SKIP_TOP_PX = 4000;

/** One edit: input event → frame drawn, → DOM changed, and the longest task in the window after it. */
export interface EditSample {
  drawnMs: number;
  domMs: number;
  longestTaskMs: number;
  /** Tag only: the longest task while the text was selected by the mouse drag before it. */
  selectLongestTaskMs?: number;
}

export interface EditOptions {
  loop: EditLoop;
  /** The window after the input event in which the longest task is looked for. */
  afterMs: number;
}

/**
 * Arms the page's edit probe, performs the input, waits for the frame showing the result, then for the
 * window after the input to pass, and returns the sample. `since` (page time) widens the window the
 * long tasks are read from, to find those of the selection before the edit too.
 */
async function timeEdit(
  page: Page,
  probe: EditProbeOptions,
  input: () => Promise<void>,
  afterMs: number,
  since?: number,
): Promise<EditSample> {
  await page.evaluate(armEditProbe, probe);
  await input();
  const handle = await page.waitForFunction(readEditTiming, undefined, { timeout: 60_000, polling: 20 });
  const timing = await handle.jsonValue();
  if (!timing || timing.start === null || timing.changedAt === null || timing.drawnAt === null)
    throw new Error("the edit probe did not fire");
  const start = timing.start;
  const tasks = await page.evaluate(longTasksSince, { from: since ?? start, until: start + afterMs });
  return {
    drawnMs: timing.drawnAt - start,
    domMs: timing.changedAt - start,
    longestTaskMs: longestTaskIn(tasks, start, start + afterMs),
    ...(since === undefined ? {} : { selectLongestTaskMs: longestTaskIn(tasks, since, start) }),
  };
}

/**
 * Selects some words at a seeded place with a real mouse drag (down on the first character, moved over
 * the text, up on the last), as a person selects, and returns the page time the drag began.
 */
async function dragSomewhere(page: Page, random: Random, rootSelector: string): Promise<number> {
  const { start, end } = await page.evaluate(wordPoints, {
    rootSelector,
    paragraph: random.next(),
    word: random.next(),
    words: random.int(3, 13),
  });
  const began = await page.evaluate(() => performance.now());
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
  await page.evaluate(nextFrames, 2);
  if ((await page.evaluate(selectedText)).trim() === "") throw new Error("the drag selected nothing");
  return began;
}

const lastClick = new WeakMap<Page, { x: number; y: number }>();

/**
 * Clicks a highlight at a place given as a fraction of the highlights drawn (scrolled to the middle of
 * the viewport) and returns the id of the annotation the app selected for it. The app selects in a task
 * after the click, so it waits for the selection to change from what it was before the click.
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
    const handle = await page.waitForFunction(readSelected, before, { timeout: 5_000 });
    return String(await handle.jsonValue());
  } catch {
    // The click landed on the annotation that was already selected.
    const same = await page.evaluate(readSelected, null);
    if (!same) throw new Error("clicking a highlight selected nothing");
    return same;
  }
}

export interface AppEditFigures {
  tag: EditSample[];
  retag: EditSample[];
  delete: EditSample[];
}

/**
 * In the app's reader (already open): tags by key 1 on selections made by mouse drags, then retags
 * through the sidebar's Tag select, then deletions by the Delete key, each on a highlight chosen by
 * clicking it as a reader would. After each, the window for the tasks that follow (the write, the
 * speaker picker opening) passes before anything else happens.
 */
export async function measureAppEdits(
  page: Page,
  random: Random,
  options: EditOptions & { runs: { tag: number; retag: number; delete: number } },
): Promise<AppEditFigures> {
  const figures: AppEditFigures = { tag: [], retag: [], delete: [] };
  const picker = page.getByRole("dialog");
  const loop = (runs: number) => ({ ...options.loop, runs });
  // The sidebar counts what the database holds; see the end.
  const counted = page
    .getByRole("complementary")
    .getByRole("heading", { name: /^Annotations/ })
    .locator(".count");
  const before = Number((await counted.textContent())?.replace(/\D/g, ""));

  for (const started = performance.now(); loopGoesOn(loop(options.runs.tag), figures.tag.length, started); ) {
    const began = await dragSomewhere(page, random, APP_TEXT);
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
        options.afterMs,
        began,
      ),
    );
    // Tagging opens the speaker picker; Escape leaves the annotation unattributed.
    await picker.waitFor({ state: "visible" });
    await page.keyboard.press("Escape");
    await picker.waitFor({ state: "hidden" });
  }

  const tagSelect = page.getByRole("combobox", { name: "Tag", exact: true });
  for (
    const started = performance.now();
    loopGoesOn(loop(options.runs.retag), figures.retag.length, started);
  ) {
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
        options.afterMs,
      ),
    );
  }

  for (
    const started = performance.now();
    loopGoesOn(loop(options.runs.delete), figures.delete.length, started);
  ) {
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
        options.afterMs,
      ),
    );
  }
  // Highlights are drawn ahead of the database; the last writes must land before the page is left.
  const after = before + figures.tag.length - figures.delete.length;
  await expect(counted).toHaveText(String(after), { timeout: 60_000 });
  return figures;
}

/** In the text-annotator baseline (already open): annotations added by key 1 on selections made by drags. */
export async function measureTextAnnotatorTags(
  page: Page,
  random: Random,
  options: EditOptions & { runs: number },
): Promise<EditSample[]> {
  const samples: EditSample[] = [];
  const loop = { ...options.loop, runs: options.runs };
  for (const started = performance.now(); loopGoesOn(loop, samples.length, started); ) {
    const began = await dragSomewhere(page, random, ".ta-text");
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
        options.afterMs,
        began,
      ),
    );
  }
  return samples;
}
