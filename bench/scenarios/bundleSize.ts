import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleSize {
  jsKb: number;
  cssKb: number;
  jsGzipKb: number;
  cssGzipKb: number;
}

/** The built app's JavaScript and CSS (source maps aside), raw and gzipped at the default level, in kB. */
export async function bundleSize(distDir: string): Promise<BundleSize> {
  const assets = join(distDir, "assets");
  const size = { jsKb: 0, cssKb: 0, jsGzipKb: 0, cssGzipKb: 0 };
  for (const name of await readdir(assets)) {
    const kind = name.endsWith(".js") ? "js" : name.endsWith(".css") ? "css" : null;
    if (!kind) continue;
    const bytes = await readFile(join(assets, name));
    size[`${kind}Kb`] += bytes.length / 1000;
    size[`${kind}GzipKb`] += gzipSync(bytes).length / 1000;
  }
  return size;
}
