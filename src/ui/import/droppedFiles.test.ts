import { describe, expect, it } from "vitest";
import { type DroppedEntry, filesOfEntries } from "./droppedFiles";

function fileEntry(path: string): DroppedEntry {
  const name = path.split("/").pop() ?? path;
  return {
    isFile: true,
    isDirectory: false,
    fullPath: path,
    file: (success) => success(new File([name], name)),
  };
}

/** A folder whose reader gives its entries in batches of `batch`, then an empty batch. */
function folderEntry(path: string, children: DroppedEntry[], batch = 2): DroppedEntry {
  return {
    isFile: false,
    isDirectory: true,
    fullPath: path,
    createReader() {
      let at = 0;
      return {
        readEntries(success) {
          success(children.slice(at, at + batch));
          at += batch;
        },
      };
    },
  };
}

describe("filesOfEntries", () => {
  it("walks a dropped folder to the bottom, reading every batch, with each file's path in it", async () => {
    const dropped = folderEntry("/dev", [
      folderEntry("/dev/text", [
        fileEntry("/dev/text/a.txt"),
        fileEntry("/dev/text/b.txt"),
        fileEntry("/dev/text/c.txt"),
      ]),
      folderEntry("/dev/attributions", [fileEntry("/dev/attributions/a_x1.ann")]),
    ]);
    const { files, paths, folder } = await filesOfEntries([dropped]);
    expect(folder).toBe(true);
    expect(files.map((f) => paths.get(f))).toEqual([
      "dev/text/a.txt",
      "dev/text/b.txt",
      "dev/text/c.txt",
      "dev/attributions/a_x1.ann",
    ]);
  });

  it("gives dropped files without a folder no paths", async () => {
    const { files, paths, folder } = await filesOfEntries([fileEntry("/a.txt"), fileEntry("/a.ann")]);
    expect(files.map((f) => f.name)).toEqual(["a.txt", "a.ann"]);
    expect(paths.size).toBe(0);
    expect(folder).toBe(false);
  });
});
