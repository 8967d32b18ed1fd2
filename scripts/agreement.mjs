// `npm run agreement -- CORPUS_DIR`: agreement between the annotators of a brat corpus (text/ and
// attributions/NAME_<annotator>.ann), computed by the app's own code, loaded as the build loads it.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const corpus = process.argv[2];
if (!corpus || !existsSync(join(corpus, "text")) || !existsSync(join(corpus, "attributions"))) {
  console.error("usage: npm run agreement -- CORPUS_DIR   (CORPUS_DIR holds text/ and attributions/)");
  process.exit(2);
}
const { module } = await runnerImport(fileURLToPath(new URL("./agreementCli.ts", import.meta.url)));
module.agreementOfFolder(corpus);
