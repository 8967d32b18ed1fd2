// How often the speaker picker finds a cue and source touching a quote, and how often they are the
// ones a brat corpus's annotators marked (not a test: the corpus is not part of the repository). Usage:
//   node scripts/cue-evidence.mjs [CORPUS_DIR]      (default ../shared/corpora/polnear/dev)
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const corpus = process.argv[2] ?? fileURLToPath(new URL("../../shared/corpora/polnear/dev", import.meta.url));
if (!existsSync(corpus)) {
  console.log(`no corpus at ${corpus}: nothing to do`);
  process.exit(0);
}
// Vite's module runner loads the TypeScript model as the app's build does.
const { module } = await runnerImport(fileURLToPath(new URL("./cueEvidence.ts", import.meta.url)));
module.cueEvidence(corpus);
