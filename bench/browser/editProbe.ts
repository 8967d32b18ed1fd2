/**
 * Times one edit in the page: from the input event that asks for it (the key press, or the change of
 * the Tag select) until the DOM shows its result, seen by a MutationObserver, so no polling interval
 * blurs the figure. The start is the event's own timestamp, which counts the time the event waited in
 * the page's queue as a person would feel it.
 *
 * Self-contained: Playwright sends these functions' source to the page.
 */
export type EditExpectation =
  /** A highlight whose id was not in the page before. */
  | { kind: "added" }
  /** No highlight of this id is left. */
  | { kind: "removed"; id: string }
  /** Every piece of this highlight carries the new tag. */
  | { kind: "retagged"; id: string; tag: string };

export interface EditProbeOptions {
  rootSelector: string;
  /** The attribute holding a highlight's id: `data-annotation-id` (app), `data-annotation` (text-annotator). */
  attribute: string;
  trigger: { type: "keydown"; key: string } | { type: "change" };
  expect: EditExpectation;
}

export interface EditTiming {
  start: number | null;
  end: number | null;
}

export function armEditProbe(options: EditProbeOptions): void {
  const root = document.querySelector(options.rootSelector);
  if (!root) throw new Error(`no ${options.rootSelector}`);
  const { attribute, expect } = options;
  const timing: EditTiming = { start: null, end: null };
  Object.assign(window, { __benchEdit: timing });

  const known = new Set<string>();
  if (expect.kind === "added") {
    for (const element of root.querySelectorAll(`[${attribute}]`))
      known.add(element.getAttribute(attribute) ?? "");
    const extra = (window as unknown as { benchAnnotationIds?: () => string[] }).benchAnnotationIds;
    for (const id of extra?.() ?? []) known.add(id);
  }
  const bySelector = (id: string) => `[${attribute}="${CSS.escape(id)}"]`;
  const holdsNew = (node: Node): boolean => {
    if (!(node instanceof Element)) return false;
    const value = node.getAttribute(attribute);
    if (value !== null && !known.has(value)) return true;
    for (const element of node.querySelectorAll(`[${attribute}]`)) {
      if (!known.has(element.getAttribute(attribute) ?? "")) return true;
    }
    return false;
  };
  const done = (records: MutationRecord[]): boolean => {
    if (expect.kind === "added") {
      return records.some((r) =>
        r.type === "attributes" ? holdsNew(r.target) : Array.from(r.addedNodes).some(holdsNew),
      );
    }
    if (expect.kind === "removed") return root.querySelector(bySelector(expect.id)) === null;
    const pieces = root.querySelectorAll(bySelector(expect.id));
    return pieces.length > 0 && Array.from(pieces).every((p) => p.getAttribute("data-tag") === expect.tag);
  };

  const observer = new MutationObserver((records) => {
    if (timing.start === null || timing.end !== null) return;
    if (!done(records)) return;
    timing.end = performance.now();
    observer.disconnect();
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [attribute, "data-tag", "class"],
  });

  const trigger = options.trigger;
  const onEvent = (event: Event) => {
    if (trigger.type === "keydown" && (event as KeyboardEvent).key !== trigger.key) return;
    if (trigger.type === "change" && !(event.target instanceof HTMLSelectElement)) return;
    timing.start = event.timeStamp > 0 ? event.timeStamp : performance.now();
    window.removeEventListener(trigger.type, onEvent, true);
  };
  window.addEventListener(trigger.type, onEvent, true);
}

/** The timing once the edit showed, else null (polled by the benchmark). */
export function readEditTiming(): EditTiming | null {
  const timing = (window as unknown as { __benchEdit?: EditTiming }).__benchEdit;
  return timing && timing.end !== null ? timing : null;
}

/**
 * Selects `words` words of a paragraph with a DOM Range, as a drag would, after scrolling it to the
 * middle of the viewport. The paragraph and the first word are given as fractions (from a seeded
 * generator); paragraphs too short for the selection are skipped. Returns the selected text.
 */
export function selectWords(options: {
  rootSelector: string;
  paragraph: number;
  word: number;
  words: number;
}): string {
  const root = document.querySelector(options.rootSelector);
  if (!root) throw new Error(`no ${options.rootSelector}`);
  const paragraphs = Array.from(root.querySelectorAll("p"));
  const from = Math.floor(options.paragraph * paragraphs.length);
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[(from + k) % paragraphs.length];
    if (!p) continue;
    const text = p.textContent ?? "";
    const words = Array.from(text.matchAll(/[\p{L}\p{N}]+/gu));
    if (words.length < options.words + 2) continue;
    const first = Math.floor(options.word * (words.length - options.words));
    const start = words[first]?.index ?? 0;
    const last = words[first + options.words - 1];
    const end = (last?.index ?? 0) + (last?.[0].length ?? 0);
    const locate = (offset: number): [Node, number] => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let rest = offset;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (rest <= length) return [node, rest];
        rest -= length;
      }
      throw new Error("offset outside the paragraph");
    };
    p.scrollIntoView({ block: "center" });
    const range = document.createRange();
    range.setStart(...locate(start));
    range.setEnd(...locate(end));
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return range.toString();
  }
  throw new Error("no paragraph long enough to select in");
}

/**
 * Scrolls a highlight piece that holds no other highlight (so a click on it selects that annotation)
 * to the middle of the viewport, and returns the viewport point at its middle for the mouse once it has
 * stopped moving: the app lays out sections as they come near the viewport, and the browser's scroll
 * anchoring moves the page by the difference for a frame or two. Pieces near the top are skipped, so
 * that deletions never leave an opening without a highlight in view.
 */
export async function pointAtHighlight(options: {
  rootSelector: string;
  attribute: string;
  fraction: number;
  /** Highlights in the first this many pixels of the page are left alone. */
  skipTopPx: number;
  /**
   * The point of the previous click. ProseMirror takes a click within 10 px of the previous one and
   * within 500 ms for a double click; the page is scrolled a little to keep clear of it.
   */
  avoid: { x: number; y: number } | null;
}): Promise<{
  x: number;
  y: number;
}> {
  const root = document.querySelector(options.rootSelector);
  if (!root) throw new Error(`no ${options.rootSelector}`);
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const all = Array.from(root.querySelectorAll(`[${options.attribute}]`));
  const from = Math.floor(options.fraction * all.length);
  for (let k = 0; k < all.length; k++) {
    const element = all[(from + k) % all.length];
    if (!element || element.querySelector(`[${options.attribute}]`)) continue;
    if ((element.textContent ?? "").trim().length < 3) continue;
    if (element.getBoundingClientRect().top + scrollY < options.skipTopPx) continue;
    element.scrollIntoView({ block: "center" });
    const settle = async () => {
      let top = Number.NaN;
      for (let wait = 0; wait < 20 && element.isConnected; wait++) {
        await frame();
        const now = element.getBoundingClientRect().top;
        if (now === top) break;
        top = now;
      }
    };
    await settle();
    const middle = () => {
      const rect = element.isConnected ? element.getClientRects()[0] : undefined;
      return rect && rect.width >= 4
        ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
        : null;
    };
    let point = middle();
    const { avoid } = options;
    if (point && avoid && Math.hypot(point.x - avoid.x, point.y - avoid.y) < 12) {
      scrollBy(0, 48);
      await settle();
      point = middle();
    }
    if (point) return point;
  }
  throw new Error("no highlight to click");
}

/** Waits until the page has produced `frames` more frames, so that scrolling and layout have settled. */
export function nextFrames(frames: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(frames);
  });
}
