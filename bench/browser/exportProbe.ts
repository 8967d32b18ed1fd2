/**
 * Times the app's export in the page: from the click on "Export JSON" until the app hands the finished
 * file to the browser (its click on a download link), which is when every annotation has been read,
 * sorted, built into the export format and serialized. Self-contained for Playwright.
 */
export interface ExportTiming {
  start: number | null;
  end: number | null;
}

export function armExportProbe(): void {
  const timing: ExportTiming = { start: null, end: null };
  Object.assign(window, { __benchExport: timing });
  const onClick = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    if (timing.start === null && target.closest("button")?.textContent?.trim() === "Export JSON") {
      timing.start = event.timeStamp > 0 ? event.timeStamp : performance.now();
    } else if (
      timing.start !== null &&
      target instanceof HTMLAnchorElement &&
      target.hasAttribute("download")
    ) {
      timing.end = performance.now();
      window.removeEventListener("click", onClick, true);
    }
  };
  window.addEventListener("click", onClick, true);
}

export function readExportTiming(): ExportTiming | null {
  const timing = (window as unknown as { __benchExport?: ExportTiming }).__benchExport;
  return timing && timing.end !== null ? timing : null;
}
