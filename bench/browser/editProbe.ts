/**
 * Times one edit in the page: from the input event that asks for it (the key press, or the change of
 * the Tag select) until the frame that shows its result has been drawn. The start is the event's own
 * timestamp, which counts the time the event waited in the page's queue as a person would feel it. A
 * MutationObserver sees the result in the DOM (`changedAt`, so no polling interval blurs it); the next
 * requestAnimationFrame after it is the frame that shows it, and a message posted from that callback
 * arrives once the frame's style, layout and paint are done (`drawnAt`). (A change made during a
 * frame's own callbacks would count one frame more; the app and text-annotator change the DOM in tasks.)
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
  /** The result in the DOM. */
  changedAt: number | null;
  /** The frame showing it drawn. */
  drawnAt: number | null;
}

export function armEditProbe(options: EditProbeOptions): void {
  const root = document.querySelector(options.rootSelector);
  if (!root) throw new Error(`no ${options.rootSelector}`);
  const { attribute, expect } = options;
  const timing: EditTiming = { start: null, changedAt: null, drawnAt: null };
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
    if (timing.start === null || timing.changedAt !== null) return;
    if (!done(records)) return;
    timing.changedAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        timing.drawnAt = performance.now();
      };
      channel.port2.postMessage(null);
    });
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

/** The timing once the frame showing the edit was drawn, else null (polled by the benchmark). */
export function readEditTiming(): EditTiming | null {
  const timing = (window as unknown as { __benchEdit?: EditTiming }).__benchEdit;
  return timing && timing.drawnAt !== null ? timing : null;
}

/**
 * Where a mouse drag selecting `words` words of a paragraph starts and ends: viewport points just inside
 * the first and the last character, from their client rects, once the first word has been scrolled to
 * the middle of the viewport and the layout has settled. The paragraph and the first word are given as
 * fractions (from a seeded generator); paragraphs too short for the selection are skipped. On a text
 * cut into inline parts (one long line), a part is such a paragraph.
 */
export async function wordPoints(options: {
  rootSelector: string;
  paragraph: number;
  word: number;
  words: number;
}): Promise<{ start: { x: number; y: number }; end: { x: number; y: number }; text: string }> {
  const root = document.querySelector(options.rootSelector);
  if (!root) throw new Error(`no ${options.rootSelector}`);
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
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
    /** The client rect of the character at UTF-16 `offset` of the paragraph's text (a surrogate pair whole). */
    const charRect = (offset: number) => {
      const units = (text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let rest = offset;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (rest < length) {
          const range = document.createRange();
          range.setStart(node, rest);
          range.setEnd(node, Math.min(length, rest + units));
          return range.getClientRects()[0] ?? range.getBoundingClientRect();
        }
        rest -= length;
      }
      throw new Error("offset outside the paragraph");
    };
    // The first word to the middle of the viewport (a paragraph may be many screens tall). Sections
    // near the viewport are laid out as they come into view, and scroll anchoring moves the page by the
    // difference for a frame or two: scrolled again until it stays.
    for (let wait = 0; wait < 20; wait++) {
      const off = charRect(start).top - innerHeight / 2;
      if (Math.abs(off) < 2) break;
      scrollBy(0, off);
      await frame();
    }
    const a = charRect(start);
    const lastUnit = text.charCodeAt(end - 1);
    const b = charRect(lastUnit >= 0xdc00 && lastUnit <= 0xdfff ? end - 2 : end - 1);
    if (a.bottom < 0 || b.top > innerHeight) continue;
    return {
      start: { x: a.left + 1, y: (a.top + a.bottom) / 2 },
      end: { x: b.right - 1, y: (b.top + b.bottom) / 2 },
      text: text.slice(start, end),
    };
  }
  throw new Error("no paragraph long enough to select in");
}

/** The selected text, or "" when the selection is collapsed. */
export function selectedText(): string {
  return getSelection()?.toString() ?? "";
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
