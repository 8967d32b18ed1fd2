/**
 * Times importing an annotation file on the app's library page, as a person does it: from the file
 * chosen (the file input's change event) until the preview dialog is drawn, and from the click on its
 * Import button until the result ("imported …") is drawn. Each "drawn" is the frame after the DOM
 * showed it, once rendered (a message posted from its requestAnimationFrame callback).
 *
 * Self-contained: Playwright sends these functions' source to the page.
 */
export interface ImportTiming {
  chosenAt: number | null;
  previewDrawnAt: number | null;
  clickedAt: number | null;
  doneDrawnAt: number | null;
  /** What the app reported instead of a result, if it refused the file or the write. */
  error: string | null;
}

export function armImportProbe(): void {
  const timing: ImportTiming = {
    chosenAt: null,
    previewDrawnAt: null,
    clickedAt: null,
    doneDrawnAt: null,
    error: null,
  };
  Object.assign(window, { __benchImport: timing });
  const drawn = (set: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => set(performance.now());
      channel.port2.postMessage(null);
    });
  window.addEventListener(
    "change",
    (event) => {
      if (
        event.target instanceof HTMLInputElement &&
        event.target.type === "file" &&
        timing.chosenAt === null
      )
        timing.chosenAt = event.timeStamp;
    },
    true,
  );
  window.addEventListener(
    "click",
    (event) => {
      const button = event.target instanceof Element ? event.target.closest("button") : null;
      if (button?.closest("[role=dialog]") && button.textContent?.trim() === "Import")
        timing.clickedAt = event.timeStamp;
    },
    true,
  );
  let previewSeen = false;
  let doneSeen = false;
  const observer = new MutationObserver(() => {
    const dialog = document.querySelector("[role=dialog]");
    if (!previewSeen && dialog?.textContent?.includes("Import annotations from")) {
      previewSeen = true;
      drawn((at) => {
        timing.previewDrawnAt = at;
      });
    }
    const results = document.querySelector('[aria-label="Import results"]');
    const error = results?.querySelector(".file-error");
    if (error && timing.error === null) timing.error = error.textContent ?? "an error";
    if (!doneSeen && timing.clickedAt !== null && results?.textContent?.includes(": imported (")) {
      doneSeen = true;
      observer.disconnect();
      drawn((at) => {
        timing.doneDrawnAt = at;
      });
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

/** The timing once the preview is drawn (`stage` "preview") or the result (`stage` "done"), or an error. */
export function readImportTiming(stage: "preview" | "done"): ImportTiming | null {
  const timing = (window as unknown as { __benchImport?: ImportTiming }).__benchImport;
  if (!timing) return null;
  if (timing.error !== null) return timing;
  return (stage === "preview" ? timing.previewDrawnAt : timing.doneDrawnAt) !== null ? timing : null;
}
