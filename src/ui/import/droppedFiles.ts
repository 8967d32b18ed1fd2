/**
 * The files of a drop, folders walked: a dropped folder reaches the page as an entry, not as files
 * (`dataTransfer.files` holds the folder itself, which cannot be read), so its files are listed from
 * the File and Directory Entries API, each with its path in the folder ("dev/text/a.txt"), as a folder
 * chosen with the folder button gives them.
 */

/** The parts of a FileSystemEntry this reads, so that a test can give plain objects. */
export interface DroppedEntry {
  isFile: boolean;
  isDirectory: boolean;
  /** "/dev/text/a.txt" */
  fullPath: string;
  file?(success: (file: File) => void, failure?: (error: unknown) => void): void;
  createReader?(): {
    readEntries(success: (entries: DroppedEntry[]) => void, failure?: (error: unknown) => void): void;
  };
}

export interface DroppedFiles {
  files: File[];
  /** Each file's path within what was dropped, for the files of a dropped folder. */
  paths: Map<File, string>;
  /** Whether a folder was dropped. */
  folder: boolean;
}

/** Every file under `entries`, folders walked to the bottom. */
export async function filesOfEntries(entries: readonly DroppedEntry[]): Promise<DroppedFiles> {
  const files: File[] = [];
  const paths = new Map<File, string>();
  const folder = entries.some((e) => e.isDirectory);
  const walk = async (entry: DroppedEntry): Promise<void> => {
    if (entry.isFile && entry.file) {
      const read = entry.file.bind(entry);
      const file = await new Promise<File>((resolve, reject) => read(resolve, reject));
      files.push(file);
      if (folder) paths.set(file, entry.fullPath.replace(/^\//, ""));
    } else if (entry.isDirectory && entry.createReader) {
      const reader = entry.createReader();
      // A reader gives a folder's entries in batches (100 at a time in Chromium) until an empty one.
      for (;;) {
        const batch = await new Promise<DroppedEntry[]>((resolve, reject) =>
          reader.readEntries(resolve, reject),
        );
        if (batch.length === 0) break;
        for (const child of batch) await walk(child);
      }
    }
  };
  for (const entry of entries) await walk(entry);
  return { files, paths, folder };
}

/**
 * The files of a drop event. The entries are taken at once, while the event lasts (the browser empties
 * `dataTransfer` after it); without folders, the plain file list.
 */
export function droppedFiles(transfer: DataTransfer): Promise<DroppedFiles> {
  const entries = Array.from(transfer.items)
    .map((item) => item.webkitGetAsEntry?.() as DroppedEntry | null | undefined)
    .filter((entry): entry is DroppedEntry => !!entry);
  if (!entries.some((entry) => entry.isDirectory)) {
    return Promise.resolve({ files: Array.from(transfer.files), paths: new Map(), folder: false });
  }
  return filesOfEntries(entries);
}
