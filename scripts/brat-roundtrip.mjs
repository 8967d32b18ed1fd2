// A brat corpus through the brat import and export, with counts and every difference (not a test: the
// corpus is not part of the repository). Usage:
//   node scripts/brat-roundtrip.mjs [CORPUS_DIR] [ANNOTATOR]
// CORPUS_DIR defaults to ../shared/corpora/polnear/dev beside the repository; ANNOTATOR is the one to
// import for texts with several annotators' files (default: the first by name).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const corpus = process.argv[2] ?? fileURLToPath(new URL("../../shared/corpora/polnear/dev", import.meta.url));
if (!existsSync(corpus)) {
  console.log(`no corpus at ${corpus}: nothing to do`);
  process.exit(0);
}
// Vite's module runner loads the TypeScript model as the app's build does.
const { module } = await runnerImport(fileURLToPath(new URL("./bratRoundtrip.ts", import.meta.url)));
process.exitCode = module.bratRoundtrip(corpus, process.argv[3]) > 0 ? 1 : 0;
