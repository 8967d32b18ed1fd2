// `npm run suggest:eval -- CORPUS_DIR`: the suggestion engine scored against a brat corpus (text/ and
// attributions/), loaded through Vite's module runner as the build loads it.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const corpus = process.argv[2];
if (!corpus || !existsSync(join(corpus, "text")) || !existsSync(join(corpus, "attributions"))) {
  console.error("usage: npm run suggest:eval -- CORPUS_DIR   (CORPUS_DIR holds text/ and attributions/)");
  process.exit(2);
}
const { module } = await runnerImport(fileURLToPath(new URL("./suggestEval.ts", import.meta.url)));
module.evaluateFolder(corpus);
