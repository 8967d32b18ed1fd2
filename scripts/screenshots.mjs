// `npm run screenshots -- CORPUS_DIR`: builds the app and takes the README's pictures of several
// annotators (docs/agreement.png from CORPUS_DIR imported as layers, docs/curate.png).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const corpus = process.argv[2];
if (!corpus || !existsSync(join(corpus, "text")) || !existsSync(join(corpus, "attributions"))) {
  console.error(
    "usage: npm run screenshots -- CORPUS_DIR   (CORPUS_DIR holds text/ and attributions/NAME_<annotator>.ann)",
  );
  process.exit(2);
}
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run("node", ["scripts/ensure-chromium.mjs"]);
run("npx", ["vite", "build", "--outDir", "bench/.generated/app", "--emptyOutDir", "--logLevel", "warn"]);
run("npx", ["playwright", "test", "--config", "bench/playwright.bench.config.ts"], {
  SCREENSHOTS_CORPUS: corpus,
});
