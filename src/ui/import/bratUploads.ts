import type { BratUpload } from "../../model/importMessages";

/** Whether a file belongs to a brat import by its name: an annotation file or a text beside one. */
export function isBratAnnotationFile(name: string): boolean {
  return name.toLowerCase().endsWith(".ann");
}

/**
 * Files with their path in a dropped folder (`paths`) or the one a folder choice gives them
 * (`dev/text/a.txt`), else their name.
 */
export function bratUploads(files: readonly File[], paths?: ReadonlyMap<File, string>): BratUpload[] {
  return files.map((file) => ({ path: paths?.get(file) || file.webkitRelativePath || file.name, file }));
}

/** What the import is called in its dialog and result: the chosen folder's name, else a file count. */
export function bratImportName(uploads: readonly BratUpload[]): string {
  const folder = uploads[0]?.path.includes("/") ? uploads[0].path.split("/")[0] : undefined;
  if (folder && uploads.every((u) => u.path.startsWith(`${folder}/`))) return `folder ${folder}`;
  return `${uploads.length} brat file${uploads.length === 1 ? "" : "s"}`;
}
