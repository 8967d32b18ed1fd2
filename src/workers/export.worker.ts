/// <reference lib="webworker" />
import { describeError } from "../model/describeError";
import { type ExportFormat, exportArchive, exportFile } from "../model/format/exportFile";
import { readExportContent } from "../store/exportContent";
import { libraryArticles } from "../store/library";
import { openAnnotatorDatabase, type StorageStatus } from "../store/open";

/**
 * Exports off the main thread: reading 30,000 annotations and writing their file took a second with
 * a 300 ms frozen task, and 100,000 froze the page for 640 ms even from what the reader held. The
 * worker reads what is stored, builds the file and hands the page a Blob, which crosses without a copy.
 * It stays for the page's next export, with its connection to the database open.
 */
declare const self: DedicatedWorkerGlobalScope;

export interface ExportRequest {
  /** Names the reply. */
  id: number;
  format: ExportFormat;
  /** One article's export; without it, everything (a full backup, with every speaker). */
  articleId?: string;
}

export type ExportReply =
  | { id: number; ok: true; name: string; blob: Blob }
  | { id: number; ok: false; error: string };

let storage: Promise<StorageStatus> | null = null;

function database() {
  // A newer version opened in another tab closes this connection for good: the next export opens anew.
  storage ??= openAnnotatorDatabase(undefined, {
    onBlocked() {},
    onSuperseded() {
      storage = null;
    },
  });
  return storage;
}

self.onmessage = async ({ data }: MessageEvent<ExportRequest>) => {
  try {
    const opened = await database();
    if (opened.state !== "ready") {
      storage = null;
      throw new Error(opened.state === "unavailable" ? opened.error : "storage not ready");
    }
    const library = await libraryArticles(opened.db);
    const articles = data.articleId ? library.filter((a) => a.id === data.articleId) : library;
    if (data.articleId && articles.length === 0) throw new Error("the article is no longer in the library");
    const content = await readExportContent(opened.db, articles);
    const scope = data.articleId ?? "all";
    const file =
      data.format === "brat"
        ? exportArchive(content, scope)
        : exportFile(content, scope, data.format, !data.articleId);
    const blob = new Blob(["bytes" in file ? file.bytes : file.text], { type: file.type });
    self.postMessage({ id: data.id, ok: true, name: file.name, blob } satisfies ExportReply);
  } catch (error) {
    self.postMessage({ id: data.id, ok: false, error: describeError(error) } satisfies ExportReply);
  }
};
