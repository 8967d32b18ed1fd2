/// <reference lib="webworker" />
import { describeError } from "../model/describeError";
import { type ExportFormat, exportFile } from "../model/format/exportFile";
import { readExportContent } from "../store/exportContent";
import { libraryArticles } from "../store/library";
import { openAnnotatorDatabase } from "../store/open";

/**
 * "Export all" off the main thread: reading every article and annotation and writing the file took
 * a second with a 300 ms frozen task at 30,000 annotations. The page gets the finished file.
 */
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async ({ data }: MessageEvent<{ format: ExportFormat }>) => {
  try {
    const storage = await openAnnotatorDatabase();
    if (storage.state !== "ready")
      throw new Error(storage.state === "unavailable" ? storage.error : "storage not ready");
    const content = await readExportContent(storage.db, await libraryArticles(storage.db));
    self.postMessage({ ok: true, file: exportFile(content, "all", data.format, true) });
    storage.db.close();
  } catch (error) {
    self.postMessage({ ok: false, error: describeError(error) });
  }
};
