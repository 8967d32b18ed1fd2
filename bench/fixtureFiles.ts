import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildAnnotationSet } from "../src/model/format/annotationSet";
import type { SeedPayload } from "./browser/seedDatabase";
import type { BenchFixtures } from "./fixture";
import type { ArticleKey } from "./results";

/**
 * The fixtures as files, served to the browser under /fixtures/ (so that 100,000 rows never travel
 * through the DevTools protocol as one argument) or chosen in a file input: for every article and size,
 * the rows to seed the app's database with; for the 1 MB article, the annotation file a user would
 * import (built by the app's own export builder); the library; and an empty page of the app's origin
 * to seed from.
 */
export interface FixtureFiles {
  dir: string;
  /** URL path of the seed payload of an article at a size. */
  seedPath(article: ArticleKey, annotations: number): string;
  /** URL path of the library's seed payload. */
  libraryPath: string;
  /** Path on disk of the annotation file of the 1 MB article at a size. */
  importFile(annotations: number): string;
  /** URL path of an empty page of the app's origin. */
  blankPath: string;
}

const seedName = (article: ArticleKey, annotations: number) => `seed-${article}-${annotations}.json`;

export function writeFixtureFiles(
  fixtures: BenchFixtures,
  dir: string,
  importSizes: readonly number[],
): FixtureFiles {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const write = (name: string, data: unknown) => writeFileSync(join(dir, name), JSON.stringify(data));
  for (const bench of fixtures.articles) {
    for (const [count, annotations] of bench.sets) {
      const payload: SeedPayload = { articles: [bench.article], speakers: fixtures.speakers, annotations };
      write(seedName(bench.key, count), payload);
    }
  }
  const standard = fixtures.articles.find((a) => a.key === "1mb");
  for (const count of importSizes) {
    const annotations = standard?.sets.get(count);
    if (!standard || !annotations) throw new Error(`no annotation set of ${count} for the 1 MB article`);
    write(
      `import-${count}.json`,
      buildAnnotationSet({
        articles: [standard.article],
        annotations,
        speakers: fixtures.speakers,
        exportedAt: new Date("2026-11-30T10:00:00.000Z"),
      }),
    );
  }
  const library: SeedPayload = {
    articles: fixtures.library.articles,
    speakers: fixtures.speakers,
    annotations: fixtures.library.annotations,
  };
  write("seed-library.json", library);
  writeFileSync(join(dir, "blank.html"), '<!doctype html><html lang="en"><title>blank</title></html>\n');
  return {
    dir,
    seedPath: (article, annotations) => `/fixtures/${seedName(article, annotations)}`,
    libraryPath: "/fixtures/seed-library.json",
    importFile: (annotations) => join(dir, `import-${annotations}.json`),
    blankPath: "/fixtures/blank.html",
  };
}
