import { describe, expect, it } from "vitest";
import { sha256Hex } from "../articleFile";
import { codePoint } from "../text";
import type { Annotation, Article, Speaker } from "../types";
import { exportFile } from "./exportFile";

const text = "Title\n\nShe said “=1+1”.\n";
const article: Article = { id: "imp_x", title: "Title", source: "s", text, textSha256: sha256Hex(text) };
const speakers: Speaker[] = [
  { id: "sp", name: "Maria Lopez", aliases: [] },
  { id: "other", name: "Nobody Here", aliases: [] },
];
const annotation: Annotation = {
  id: "a",
  articleId: "imp_x",
  tag: "quote",
  start: codePoint(16),
  end: codePoint(21),
  exact: "=1+1”",
  prefix: "",
  suffix: "",
  speakerId: "sp",
  note: "",
  createdAt: "2026-11-20T10:00:00.000Z",
  updatedAt: "2026-11-20T10:00:00.000Z",
};
const content = { articles: [article], annotations: [annotation], speakers };
const at = new Date("2026-12-02T10:00:00.000Z");

describe("export files", () => {
  it("names each format's file, with its media type", () => {
    const files = (["json", "w3c", "csv", "csv-raw"] as const).map((f) =>
      exportFile(content, "all", f, true, at),
    );
    expect(files.map((f) => [f.name, f.type])).toEqual([
      ["quote-annotator-all-2026-12-02.json", "application/json"],
      ["quote-annotator-all-2026-12-02.jsonld", "application/ld+json"],
      ["quote-annotator-all-2026-12-02.csv", "text/csv;charset=utf-8"],
      ["quote-annotator-all-2026-12-02-raw.csv", "text/csv;charset=utf-8"],
    ]);
  });

  it("keeps every speaker in a full backup, and only the named ones in an article's export", () => {
    const all = JSON.parse(exportFile(content, "all", "json", true, at).text);
    expect(all.speakers.map((s: Speaker) => s.id)).toEqual(["sp", "other"]);
    const one = JSON.parse(exportFile(content, "imp_x", "json", false, at).text);
    expect(one.speakers.map((s: Speaker) => s.id)).toEqual(["sp"]);
    expect(one.exportedAt).toBe("2026-12-02T10:00:00.000Z");
  });

  it("disarms a formula in the spreadsheet CSV only", () => {
    expect(exportFile(content, "all", "csv", true, at).text).toContain("'=1+1”");
    expect(exportFile(content, "all", "csv-raw", true, at).text).not.toContain("'=1+1”");
  });
});
