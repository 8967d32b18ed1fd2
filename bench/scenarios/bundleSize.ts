import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleSize {
  /** What the page loads before it can start: the scripts and styles index.html names. */
  jsKb: number;
  cssKb: number;
  jsGzipKb: number;
  cssGzipKb: number;
  /** Every script, with the ones loaded when a feature needs them (imports) and the workers. */
  allJsGzipKb: number;
}

/**
 * The built app's first download, JavaScript and CSS, raw and gzipped at the default level, in kB;
 * and all of its JavaScript gzipped, source maps aside.
 */
export async function bundleSize(distDir: string): Promise<BundleSize> {
  const html = await readFile(join(distDir, "index.html"), "utf8");
  const first = new Set([...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]));
  const assets = join(distDir, "assets");
  const size = { jsKb: 0, cssKb: 0, jsGzipKb: 0, cssGzipKb: 0, allJsGzipKb: 0 };
  for (const name of await readdir(assets)) {
    const kind = name.endsWith(".js") ? "js" : name.endsWith(".css") ? "css" : null;
    if (!kind) continue;
    const bytes = await readFile(join(assets, name));
    const gzipKb = gzipSync(bytes).length / 1000;
    if (kind === "js") size.allJsGzipKb += gzipKb;
    if (!first.has(name)) continue;
    size[`${kind}Kb`] += bytes.length / 1000;
    size[`${kind}GzipKb`] += gzipKb;
  }
  return size;
}
