import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spanLine, TEXT } from "../model/testing/bratFixture";
import { importJob } from "./importJob";
import { AnnotatorDatabase } from "./schema";

let db: AnnotatorDatabase;
let counter = 0;
beforeEach(async () => {
  db = new AnnotatorDatabase(`import-job-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const upload = (path: string, text: string) => ({
  path,
  file: new File([text], path.split("/").pop() ?? path, { lastModified: Date.UTC(2026, 10, 30, 9) }),
});
const ANN = [
  spanLine("T1", "Cue", ["said"]),
  spanLine("T2", "Content", ["We will build it,", "and soon."]),
  spanLine("T3", "Attribution-no-source", ["said"]),
  "E1\tAttribution-no-source:T3 Content:T2 Cue:T1",
].join("\n");
const brat = [{ text: upload("c/text/council.txt", TEXT), ann: upload("c/attributions/council_x.ann", ANN) }];

describe("the import job with brat files", () => {
  it("reads, previews and writes them in one step, and a second import of the same files changes nothing", async () => {
    const job = importJob(db);
    const progress: number[][] = [];
    const read = await job.readBrat("folder c", brat, { problems: ["x.ann: no text"], notices: [] }, (d, t) =>
      progress.push([d, t]),
    );
    expect(read).toMatchObject({ ok: true, choices: [] });
    expect(read.report.problems).toEqual(["x.ann: no text"]);
    expect(progress).toEqual([[1, 1]]);
    const { summary, step } = await job.apply("merge", new Map());
    expect(summary.annotations).toMatchObject({ inFile: 1, added: 1 });
    expect(step.label).toBe("Import folder c");
    const [stored] = await db.annotations.toArray();
    expect(stored).toMatchObject({
      tag: "quote",
      exact: "We will build it,",
      cue: { exact: "said" },
      createdAt: "2026-11-30T09:00:00.000Z",
    });

    const again = importJob(db);
    await again.readBrat("folder c", brat, { problems: [], notices: [] });
    expect((await again.preview("merge", new Map())).annotations).toMatchObject({ added: 0, unchanged: 1 });
  });

  it("says there is nothing to import when every file is refused", async () => {
    const job = importJob(db);
    const read = await job.readBrat(
      "folder c",
      [{ text: upload("council.txt", TEXT), ann: upload("council.ann", "T1\tCue 0 4\tsaid") }],
      { problems: [], notices: [] },
    );
    expect(read).toEqual({
      ok: false,
      report: expect.objectContaining({
        articles: 0,
        problems: [
          "council.ann does not fit council.txt: not imported, nor its text (1 problem)",
          "council.ann line 1: T1 says “said” but the text there is “Coun”",
        ],
      }),
    });
  });
});
