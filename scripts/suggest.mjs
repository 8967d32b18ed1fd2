// `npm run suggest -- TEXT_DIR OUT_DIR`: brat `.ann` suggestions for every `.txt` of TEXT_DIR, by the
// app's own engine (src/model/suggest), loaded through Vite's module runner as the build loads it.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const [textDir, outDir] = process.argv.slice(2);
if (!textDir || !outDir || !existsSync(textDir)) {
  console.error("usage: npm run suggest -- TEXT_DIR OUT_DIR");
  process.exit(2);
}
const { module } = await runnerImport(fileURLToPath(new URL("./suggest.ts", import.meta.url)));
module.suggestFolder(textDir, outDir);
