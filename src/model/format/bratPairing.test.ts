import { describe, expect, it } from "vitest";
import { annotatorsToChoose, chosenAnnFile, pairBratFiles } from "./bratPairing";

const files = (...paths: string[]) => paths.map((path) => ({ path }));
const summary = (paths: string[]) => {
  const pairing = pairBratFiles(files(...paths));
  return {
    articles: pairing.articles.map((a) => [
      a.name,
      a.text.path,
      a.annotations.map((n) => [n.annotator, n.file.path]),
    ]),
    annWithoutText: pairing.annWithoutText.map((f) => f.path),
    ignored: pairing.ignored.map((f) => f.path),
  };
};

describe("pairing brat files", () => {
  it("pairs NAME.txt with NAME.ann side by side, as brat keeps them", () => {
    expect(summary(["b.txt", "a.ann", "a.txt", "b.ann"])).toEqual({
      articles: [
        ["a", "a.txt", [[null, "a.ann"]]],
        ["b", "b.txt", [[null, "b.ann"]]],
      ],
      annWithoutText: [],
      ignored: [],
    });
  });

  it("reads the annotator after the last underscore when the name before it is a text's", () => {
    expect(
      summary([
        "news_2016-09-12_vote.txt",
        "news_2016-09-12_vote_ef2d.ann",
        "news_2016-09-12_vote_4b22.ann",
        "news_2016-09-12_vote.ann",
      ]).articles,
    ).toEqual([
      [
        "news_2016-09-12_vote",
        "news_2016-09-12_vote.txt",
        [
          [null, "news_2016-09-12_vote.ann"],
          ["4b22", "news_2016-09-12_vote_4b22.ann"],
          ["ef2d", "news_2016-09-12_vote_ef2d.ann"],
        ],
      ],
    ]);
  });

  it("takes NAME_x.ann as the file of NAME_x.txt when that text exists, not as x's file for NAME.txt", () => {
    expect(summary(["report.txt", "report_2.txt", "report_2.ann"]).articles).toEqual([
      ["report", "report.txt", []],
      ["report_2", "report_2.txt", [[null, "report_2.ann"]]],
    ]);
  });

  it("pairs PolNeAR's text/ and attributions/ folders, and keeps two corpora of one folder apart", () => {
    expect(
      summary([
        "polnear/dev/text/a.txt",
        "polnear/dev/attributions/a_6b86.ann",
        "polnear/train/text/a.txt",
        "polnear/train/attributions/a_ef2d.ann",
        "polnear/README.md",
        "polnear/train/attributions/gone_ef2d.ann",
      ]),
    ).toEqual({
      articles: [
        ["a", "polnear/dev/text/a.txt", [["6b86", "polnear/dev/attributions/a_6b86.ann"]]],
        ["a", "polnear/train/text/a.txt", [["ef2d", "polnear/train/attributions/a_ef2d.ann"]]],
      ],
      annWithoutText: ["polnear/train/attributions/gone_ef2d.ann"],
      ignored: ["polnear/README.md"],
    });
  });

  it("pairs files of other folders by name when only one text has that name", () => {
    expect(summary(["x/text/a.txt", "y/a_z.ann", "c:\\corpus\\b.txt", "b.ann"]).articles).toEqual([
      ["a", "x/text/a.txt", [["z", "y/a_z.ann"]]],
      ["b", "c:\\corpus\\b.txt", [[null, "b.ann"]]],
    ]);
  });

  it("keeps texts with no .ann as articles with no annotation files, and names .ann files with no text", () => {
    expect(summary(["alone.txt", "orphan_ab.ann", "annotation.conf"])).toEqual({
      articles: [["alone", "alone.txt", []]],
      annWithoutText: ["orphan_ab.ann"],
      ignored: ["annotation.conf"],
    });
  });

  it("asks about annotators only where a text has several files, counting each one's files", () => {
    const { articles } = pairBratFiles(
      files("t1.txt", "t1_a.ann", "t1_b.ann", "t2.txt", "t2_a.ann", "t3.txt", "t3_c.ann", "t4.txt"),
    );
    expect(annotatorsToChoose(articles)).toEqual([
      { annotator: "a", files: 2 },
      { annotator: "b", files: 1 },
    ]);
    const [t1, t2, t3, t4] = articles as [
      (typeof articles)[0],
      (typeof articles)[0],
      (typeof articles)[0],
      (typeof articles)[0],
    ];
    expect(chosenAnnFile(t1, "b")).toEqual({ annotator: "b", file: { path: "t1_b.ann" } });
    expect(chosenAnnFile(t1, undefined)).toBe("not-chosen");
    expect(chosenAnnFile(t1, "c")).toBe("not-chosen");
    // A text with one file takes it, whoever is chosen: it has no other.
    expect(chosenAnnFile(t3, "a")).toEqual({ annotator: "c", file: { path: "t3_c.ann" } });
    expect(chosenAnnFile(t2, "b")).toEqual({ annotator: "a", file: { path: "t2_a.ann" } });
    expect(chosenAnnFile(t4, "a")).toBe("none");
    expect(annotatorsToChoose(pairBratFiles(files("t2.txt", "t2_a.ann")).articles)).toEqual([]);
  });
});
