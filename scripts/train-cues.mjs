// Trains the suggestion engine's cue model on a brat corpus (PolNeAR's train split by default) and
// writes src/model/suggest/cueModel.json. Usage: npm run train:cues [-- CORPUS_DIR]
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const corpus =
  process.argv[2] ?? fileURLToPath(new URL("../../shared/corpora/polnear/train", import.meta.url));
if (!existsSync(corpus)) {
  console.log(`no corpus at ${corpus}: nothing to do`);
  process.exit(0);
}
const { module } = await runnerImport(fileURLToPath(new URL("./trainCues.ts", import.meta.url)));
module.trainCues(corpus, fileURLToPath(new URL("../src/model/suggest/cueModel.json", import.meta.url)));
