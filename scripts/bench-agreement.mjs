// `npm run bench:agreement -- CORPUS_DIR [N]`: how long the agreement of N articles (100 by default)
// takes with the app's own code, the corpus's articles with several annotators taken in turn.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const corpus = process.argv[2];
if (!corpus || !existsSync(join(corpus, "text")) || !existsSync(join(corpus, "attributions"))) {
  console.error("usage: npm run bench:agreement -- CORPUS_DIR [N]");
  process.exit(2);
}
const { module } = await runnerImport(fileURLToPath(new URL("./agreementCli.ts", import.meta.url)));
module.timeAgreement(corpus, Number(process.argv[3] ?? 100));
