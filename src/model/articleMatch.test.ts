import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeLineEndings, sha256Hex } from "./articleFile";
import { articleSimilarity, closestArticles, PROPOSED_SIMILARITY } from "./articleMatch";
import type { Article } from "./types";

const dir = new URL("../../articles/", import.meta.url);
const library: Article[] = readdirSync(dir)
  .sort()
  .map((name) => {
    const text = normalizeLineEndings(readFileSync(new URL(name, dir), "utf8"));
    return { id: name, title: text.split("\n")[0] ?? name, source: name, text, textSha256: sha256Hex(text) };
  });

describe("finding the article a file's article is another version of", () => {
  it("ranks the same story with a new dateline, a reworded phrase and a note first, and proposes it", () => {
    for (const original of library) {
      const edited = {
        title: `${original.title} (updated)`,
        text: `Editor’s note: updated.\n\n${original.text.replace(/\b(\w+) (\w+) (\w+)\b/, "$3 $2 $1")}`,
      };
      const [best, second] = closestArticles(edited, library);
      expect(best?.articleId).toBe(original.id);
      expect(best?.similarity).toBeGreaterThan(PROPOSED_SIMILARITY);
      expect(second?.similarity ?? 0).toBeLessThan(PROPOSED_SIMILARITY);
    }
  });

  it("scores an article 1 against itself and low against another story", () => {
    const [a, b] = library;
    if (!a || !b) throw new Error("two seed articles");
    expect(articleSimilarity(a, a)).toBeCloseTo(1);
    expect(articleSimilarity(a, b)).toBeLessThan(0.2);
  });

  it("proposes nothing alike for a story the library does not have", () => {
    const [best] = closestArticles(
      { title: "Weather", text: "Rain is expected in the north tomorrow, with sun later." },
      library,
    );
    expect(best?.similarity ?? 0).toBeLessThan(PROPOSED_SIMILARITY);
  });
});
