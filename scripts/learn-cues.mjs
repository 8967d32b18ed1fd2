// Learns the suggestion engine's cue words from a brat corpus (PolNeAR's train split by default) and
// writes src/model/suggest/cues.json. Usage: node scripts/learn-cues.mjs [CORPUS_DIR]
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const corpus =
  process.argv[2] ?? fileURLToPath(new URL("../../shared/corpora/polnear/train", import.meta.url));
if (!existsSync(corpus)) {
  console.log(`no corpus at ${corpus}: nothing to do`);
  process.exit(0);
}
const { module } = await runnerImport(fileURLToPath(new URL("./learnCues.ts", import.meta.url)));
module.learnCues(corpus, fileURLToPath(new URL("../src/model/suggest/cues.json", import.meta.url)));
