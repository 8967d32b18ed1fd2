import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { articleFromFile } from "../src/model/articleFile.ts";

const VIRTUAL_ID = "virtual:bundled-articles";
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Bundles every `.txt` file of `articles/` at build time. It reads bytes, not `?raw` strings, so that an
 * empty, binary or non-UTF-8 file reaches the library as a listed error instead of breaking the build or
 * turning into replacement characters, and so the text and its hash are computed once, here.
 */
export function bundledArticles(dir: string): Plugin {
  return {
    name: "quote-annotator:bundled-articles",
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(dir);
      const files = readdirSync(dir)
        .filter((name) => name.toLowerCase().endsWith(".txt"))
        .sort();
      const results = files.map((name) => {
        const path = join(dir, name);
        this.addWatchFile(path);
        return articleFromFile(`articles/${name}`, new Uint8Array(readFileSync(path)));
      });
      return `export default ${JSON.stringify(results)};`;
    },
  };
}
