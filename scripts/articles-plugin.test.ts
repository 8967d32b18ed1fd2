import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Plugin } from "vite";
import { describe, expect, it } from "vitest";
import type { ArticleFileResult } from "../src/model/articleFile";
import { bundledArticles } from "./articles-plugin";

function loadModule(plugin: Plugin): ArticleFileResult[] {
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as (this: { addWatchFile(path: string): void }, id: string) => string | undefined;
  const resolved = resolveId("virtual:bundled-articles");
  if (!resolved) throw new Error("the virtual module does not resolve");
  const code = load.call({ addWatchFile: () => {} }, resolved);
  if (!code) throw new Error("the virtual module has no code");
  return JSON.parse(code.replace(/^export default /, "").replace(/;$/, ""));
}

describe("bundled articles", () => {
  it("reads every .txt file of the folder in name order, with a listed error for empty and binary files", () => {
    const dir = mkdtempSync(join(tmpdir(), "articles-"));
    writeFileSync(join(dir, "b_windows.txt"), "Headline\r\n\r\nBody 😀 text.\r\n");
    writeFileSync(join(dir, "a_empty.txt"), "");
    writeFileSync(join(dir, "c_binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, "d_latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    writeFileSync(join(dir, "notes.md"), "not an article");

    const results = loadModule(bundledArticles(dir));
    expect(results.map((r) => (r.ok ? r.article.id : r.id))).toEqual([
      "a_empty",
      "b_windows",
      "c_binary",
      "d_latin1",
    ]);
    expect(results[0]).toEqual({
      ok: false,
      id: "a_empty",
      source: "articles/a_empty.txt",
      error: "The file is empty.",
    });
    expect(results[1]).toMatchObject({
      ok: true,
      article: { id: "b_windows", title: "Headline", text: "Headline\n\nBody 😀 text.\n" },
    });
    expect(results[2]).toMatchObject({ ok: false, error: expect.stringContaining("binary") });
    expect(results[3]).toMatchObject({ ok: false, error: expect.stringContaining("not valid UTF-8") });
  });
});
