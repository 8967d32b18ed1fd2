// `npm run bench:brat -- DIR`: times a brat corpus folder (text/ + attributions/) imported through the
// app, and its largest article opened (bench/bratCorpus.bench.ts). The folder is the first argument.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

const dir = process.argv[2];
if (!dir || !existsSync(resolve(dir, "text")) || !existsSync(resolve(dir, "attributions"))) {
  console.error("usage: npm run bench:brat -- DIR   (DIR holds text/ and attributions/)");
  process.exit(2);
}
const run = spawnSync("npx", ["playwright", "test", "--config", "bench/playwright.bench.config.ts"], {
  stdio: "inherit",
  env: { ...process.env, BRAT_CORPUS: resolve(dir) },
});
process.exit(run.status ?? 1);
