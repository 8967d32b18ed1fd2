import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { messyText } from "../testing/arbitraries";
import { codePoint, utf16Range } from "../text";
import type { Annotation, Article } from "../types";
import { annotationDocument, articleDocument, speakerDocument } from "./documents";
import { indexField, queryWords } from "./indexedField";
import { type FieldMatch, SearchIndex } from "./searchIndex";

function article(id: string, text: string, title = `Title ${id}`): Article {
  return { id, title, source: `import:${id}.txt`, text, textSha256: `sha-${id}` };
}

function annotation(id: string, fields: Partial<Annotation> = {}): Annotation {
  return {
    id,
    articleId: "a1",
    tag: "quote",
    start: codePoint(0),
    end: codePoint(5),
    exact: "words",
    prefix: "",
    suffix: "",
    speakerId: null,
    note: "",
    createdAt: "2026-11-20T10:00:00.000Z",
    updatedAt: "2026-11-20T10:00:00.000Z",
    ...fields,
  };
}

/** Each match as [document key, field, matched text]. */
function described(matches: readonly FieldMatch[], texts: Record<string, string>): string[][] {
  return matches.flatMap((m) => {
    const text = m.field.text ?? texts[m.doc.key] ?? "";
    return m.ranges.map((r) => [m.doc.key, m.field.name, text.slice(r.start, r.end)]);
  });
}

describe("indexField", () => {
  it("keeps each word folded, once, and each occurrence with its offsets in the text", () => {
    const field = indexField("note", "Harris said: “HARRIS, López”", true);
    expect(field.words).toEqual(["harris", "said", "lopez"]);
    expect([...field.tokens]).toEqual([0, 0, 6, 1, 7, 11, 0, 14, 20, 2, 22, 27]);
    expect(field.text).toBe("Harris said: “HARRIS, López”");
    expect(indexField("text", "x", false).text).toBeUndefined();
  });

  it("splits a query the same way", () => {
    expect(queryWords(" Don’t  LÓPEZ-Obrador ")).toEqual(["don", "t", "lopez", "obrador"]);
  });
});

describe("SearchIndex", () => {
  const text =
    "Harris met Giammattei. The root causes of migration, Harris said, are many.\nRoot causes again.";
  const texts = { "article:a1": text };
  const index = new SearchIndex();
  index.put(articleDocument(article("a1", text, "Harris in Guatemala")));
  index.put(annotationDocument(annotation("n1", { exact: "root causes", note: "Check the Harris quote" })));
  index.put(speakerDocument({ id: "kh", name: "Kamala Harris", aliases: ["Vice President Harris"] }));

  it("finds a word in every field of every kind of document, case and accents aside", () => {
    expect(described(index.matches("HARRIS "), texts)).toEqual([
      ["article:a1", "title", "Harris"],
      ["article:a1", "text", "Harris"],
      ["article:a1", "text", "Harris"],
      ["annotation:n1", "note", "Harris"],
      ["speaker:kh", "name", "Harris"],
      ["speaker:kh", "alias", "Harris"],
    ]);
  });

  it("finds words as a phrase, whatever lies between them, across a line break too", () => {
    expect(described(index.matches("harris said"), texts)).toEqual([["article:a1", "text", "Harris said"]]);
    expect(described(index.matches("many root"), texts)).toEqual([["article:a1", "text", "many.\nRoot"]]);
    expect(index.matches("said harris")).toEqual([]);
  });

  it("takes the last word as the start of a word while it is typed, and whole after a space", () => {
    expect(described(index.matches("root cau"), texts)).toEqual([
      ["article:a1", "text", "root causes"],
      ["article:a1", "text", "Root causes"],
      ["annotation:n1", "exact", "root causes"],
    ]);
    expect(index.matches("root cau ")).toEqual([]);
    expect(described(index.matches("giam"), texts)).toEqual([["article:a1", "text", "Giammattei"]]);
  });

  it("counts every place in a field and keeps the first ones asked for", () => {
    const [match] = index.matches("root causes ", 1).filter((m) => m.field.name === "text");
    expect(match?.count).toBe(2);
    expect(match?.ranges.map((r) => text.slice(r.start, r.end))).toEqual(["root causes"]);
  });

  it("finds nothing for a query without words or with a word no document has", () => {
    expect(index.matches("")).toEqual([]);
    expect(index.matches(" — ")).toEqual([]);
    expect(index.matches("harris zebra")).toEqual([]);
  });

  it("replaces a document put again, and forgets a removed one and its words", () => {
    const local = new SearchIndex();
    local.put(annotationDocument(annotation("n1", { note: "first draft" })));
    local.put(annotationDocument(annotation("n1", { note: "second look" })));
    expect(local.matches("first")).toEqual([]);
    expect(described(local.matches("second"), {})).toEqual([["annotation:n1", "note", "second"]]);
    local.remove("annotation:n1");
    expect(local.size).toBe(0);
    expect(local.matches("second")).toEqual([]);
    expect(local.matches("wor")).toEqual([]);
  });

  it("knows the annotations of each speaker, following a change of speaker", () => {
    const local = new SearchIndex();
    local.put(annotationDocument(annotation("q1", { speakerId: "kh" })));
    local.put(annotationDocument(annotation("q2", { speakerId: "kh" })));
    local.put(annotationDocument(annotation("q2", { speakerId: "ag" })));
    expect(local.annotationsOf("kh").map((d) => d.key)).toEqual(["annotation:q1"]);
    expect(local.annotationsOf("ag").map((d) => d.key)).toEqual(["annotation:q2"]);
    local.remove("annotation:q1");
    expect(local.annotationsOf("kh")).toEqual([]);
  });

  it("finds every run of words of any text, as a phrase, at its exact place", () => {
    const textAndRun = messyText({ lineEndings: "lf", maxPieces: 40 })
      .filter((t) => queryWords(t).length > 0)
      .chain((t) => {
        const count = queryWords(t).length;
        return fc.tuple(
          fc.constant(t),
          fc
            .integer({ min: 0, max: count - 1 })
            .chain((first) =>
              fc.tuple(fc.constant(first), fc.integer({ min: first, max: Math.min(count - 1, first + 3) })),
            ),
        );
      });
    fc.assert(
      fc.property(textAndRun, ([t, [first, last]]) => {
        const local = new SearchIndex();
        local.put(articleDocument(article("x", t)));
        const field = local.get("article:x")?.fields[1];
        if (!field) throw new Error("no text field");
        const run = queryWords(t).slice(first, last + 1);
        const expected = utf16Range(
          field.tokens[3 * first + 1] as number,
          field.tokens[3 * last + 2] as number,
        );
        const ranges = local
          .matches(`${run.join(" ")} `, Number.POSITIVE_INFINITY)
          .filter((m) => m.field.name === "text")
          .flatMap((m) => m.ranges);
        expect(ranges).toContainEqual(expected);
        // Every place found holds the words asked for, in that order.
        for (const range of ranges) expect(queryWords(t.slice(range.start, range.end))).toEqual(run);
      }),
    );
  });
});
