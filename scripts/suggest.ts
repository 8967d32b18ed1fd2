import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { suggestAttributions } from "../src/model/suggest/engine";
import { suggestionsToBrat } from "../src/model/suggest/suggestionsBrat";

/** `npm run suggest -- TEXT_DIR OUT_DIR`: a brat `.ann` of suggestions for every `.txt` of TEXT_DIR. */
export function suggestFolder(textDir: string, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const names = readdirSync(textDir)
    .filter((n) => n.endsWith(".txt"))
    .sort();
  names.forEach((name, i) => {
    // As the file is, CRs included: brat's offsets count every character of the file.
    const text = readFileSync(join(textDir, name), "utf8");
    const ann = suggestionsToBrat(text, suggestAttributions(text));
    writeFileSync(join(outDir, name.replace(/\.txt$/, ".ann")), ann);
    if ((i + 1) % 10 === 0 || i + 1 === names.length)
      process.stderr.write(`suggested ${i + 1} of ${names.length}\n`);
  });
}
