import { describe, expect, it } from "vitest";
import { codePoint } from "../text";
import type { Annotation } from "../types";
import { annotationDocument, articleDocument, speakerDocument } from "./documents";
import { rankHits } from "./hits";
import { SearchIndex } from "./searchIndex";

function annotation(id: string, fields: Partial<Annotation>): Annotation {
  return {
    id,
    articleId: "a1",
    tag: "quote",
    start: codePoint(0),
    end: codePoint(1),
    exact: "x",
    prefix: "",
    suffix: "",
    speakerId: null,
    note: "",
    createdAt: "2026-11-20T10:00:00.000Z",
    updatedAt: "2026-11-20T10:00:00.000Z",
    ...fields,
  };
}

function libraryIndex(): SearchIndex {
  const index = new SearchIndex();
  const put = (id: string, title: string, text: string) =>
    index.put(articleDocument({ id, title, text, source: `import:${id}`, textSha256: id }));
  put("a1", "Border talks", "Harris spoke. Harris again. Harris thrice. Harris four times.");
  put("a2", "Harris in Guatemala", "Harris once.");
  put("a3", "Other news", "Nothing here.");
  index.put(speakerDocument({ id: "kh", name: "Kamala Harris", aliases: [] }));
  index.put(speakerDocument({ id: "hb", name: "Harris Brown", aliases: [] }));
  index.put(annotationDocument(annotation("q2", { articleId: "a2", speakerId: "kh", start: codePoint(0) })));
  index.put(annotationDocument(annotation("q1", { articleId: "a1", speakerId: "kh", start: codePoint(14) })));
  index.put(annotationDocument(annotation("n1", { articleId: "a3", note: "ask Harris" })));
  index.put(annotationDocument(annotation("e1", { articleId: "a1", exact: "Harris spoke" })));
  return index;
}

/** Each hit as "kind article/annotation/speaker count". */
function listed(index: SearchIndex, query: string, limit = 50): string[] {
  return rankHits(index, index.matches(query), limit).hits.map(
    (h) => `${h.kind} ${h.articleId ?? "-"}/${h.annotationId ?? "-"}/${h.speakerId ?? "-"} ${h.count}`,
  );
}

describe("rankHits", () => {
  it("lists speakers by name (as their annotations), titles, notes, annotations' words, then texts by matches", () => {
    const index = libraryIndex();
    expect(listed(index, "harris")).toEqual([
      "speaker -/-/hb 0",
      "speaker a1/q1/kh 2",
      "speaker a2/q2/kh 2",
      "title a2/-/- 1",
      "note a3/n1/- 1",
      "quote a1/e1/- 1",
      "text a1/-/- 4",
      "text a1/-/- 4",
      "text a1/-/- 4",
      "text a2/-/- 1",
    ]);
  });

  it("counts every match and every article with one, listed or not", () => {
    const index = libraryIndex();
    const ranked = rankHits(index, index.matches("harris"), 2);
    expect(ranked.hits).toHaveLength(2);
    // Texts 4 + 1, title 1, note 1, exact 1, names 2.
    expect(ranked.total).toBe(10);
    expect(ranked.articles).toBe(3);
  });

  it("lists a text hit at its place, in text order", () => {
    const index = libraryIndex();
    const ranges = rankHits(index, index.matches("harris"), 50)
      .hits.filter((h) => h.kind === "text" && h.articleId === "a1")
      .map((h) => h.range.start);
    expect(ranges).toEqual([0, 14, 28]);
  });
});
