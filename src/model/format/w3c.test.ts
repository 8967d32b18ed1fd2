import { describe, expect, it } from "vitest";
import { codePoint } from "../text";
import type { AnnotationSet, ExportedAnnotation } from "./annotationSet";
import { annotationIri, buildW3cCollection, type W3cAnnotation, type W3cBody, type W3cTarget } from "./w3c";

// Emoji before the quote: each is one code point but two UTF-16 units, so UTF-16 offsets would be off.
const text = "🇬🇹🎉 Vice President Kamala Harris said “Do not come.” Aides added that 40% agreed.";

/** An annotation of the first occurrence of `exact`, with code point offsets and context. */
function annotation(
  id: string,
  tag: ExportedAnnotation["tag"],
  exact: string,
  extra: Partial<ExportedAnnotation> = {},
): ExportedAnnotation {
  const points = Array.from(text);
  const start = Array.from(text.slice(0, text.indexOf(exact))).length;
  const end = start + Array.from(exact).length;
  return {
    id,
    tag,
    start: codePoint(start),
    end: codePoint(end),
    exact,
    prefix: points.slice(Math.max(0, start - 32), start).join(""),
    suffix: points.slice(end, end + 32).join(""),
    speakerId: null,
    note: "",
    createdAt: "2026-11-20T09:00:00.000Z",
    updatedAt: "2026-11-21T09:00:00.000Z",
    ...extra,
  };
}

const quoteId = "3F2504E0-4F89-11D3-9A0C-0305E82C3301";
const data: AnnotationSet = {
  format: "quote-annotator",
  version: 4,
  exportedAt: "2026-11-23T10:00:00.000Z",
  speakers: [{ id: "kh", name: "Kamala Harris", aliases: ["Harris"] }],
  articles: [
    {
      id: "000_cccd83b6053d3462",
      title: "Harris in Guatemala",
      source: "articles/000_cccd83b6053d3462.txt",
      textSha256: "0".repeat(64),
      text,
      annotations: [
        annotation("first", "speaker", "🇬🇹🎉 Vice", { speakerId: "kh" }),
        annotation("sp/1", "speaker", "Vice President Kamala Harris", { speakerId: "kh" }),
        annotation(quoteId, "quote", "“Do not come.”", { speakerId: "kh", note: "Said twice, see video." }),
        annotation("stat 1", "statistic", "40% agreed"),
      ],
    },
  ],
};

const ALLOWED_PURPOSES = new Set([
  "assessing",
  "bookmarking",
  "classifying",
  "commenting",
  "describing",
  "editing",
  "highlighting",
  "identifying",
  "linking",
  "moderating",
  "questioning",
  "replying",
  "tagging",
]);

const collection = buildW3cCollection(data, "Harris corpus");
const items = collection.first.items;

function item(id: string): W3cAnnotation {
  const found = items.find((a) => a.id === annotationIri(id));
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

function bodyPurposes(a: W3cAnnotation): string[] {
  return a.body.map((b: W3cBody) => b.purpose);
}

describe("buildW3cCollection", () => {
  it("writes the collection fields the model requires", () => {
    expect(collection["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.id).toBe("urn:quote-annotator:export:2026-11-23T10:00:00.000Z");
    expect(collection.label).toBe("Harris corpus");
    expect(collection.total).toBe(items.length);
    expect(items).toHaveLength(4);
    expect(collection.first).toMatchObject({
      id: "urn:quote-annotator:export:2026-11-23T10:00:00.000Z#page1",
      type: "AnnotationPage",
      startIndex: 0,
    });
  });

  it("leaves the label out when none is given", () => {
    expect("label" in buildW3cCollection(data)).toBe(false);
  });

  it("gives every annotation an IRI id, its type and a target whose selectors agree in code points", () => {
    const points = Array.from(text);
    for (const a of items) {
      expect(a.id).toMatch(/^urn:[a-z0-9-]+:\S+$/);
      expect(a.type).toBe("Annotation");
      expect(a.motivation).toBe("tagging");
      expect(targetOf(a).source).toBe("urn:quote-annotator:article:000_cccd83b6053d3462");
      const [quote, position] = targetOf(a).selector;
      expect(quote.type).toBe("TextQuoteSelector");
      expect(position.type).toBe("TextPositionSelector");
      expect(Number.isInteger(position.start) && position.start >= 0).toBe(true);
      expect(Number.isInteger(position.end) && position.start < position.end).toBe(true);
      expect(quote.exact).toBe(points.slice(position.start, position.end).join(""));
      expect(quote.prefix ?? "").toBe(
        points.slice(Math.max(0, position.start - 32), position.start).join(""),
      );
      expect(quote.suffix ?? "").toBe(points.slice(position.end, position.end + 32).join(""));
    }
  });

  it("counts the emoji before the quote as code points, not UTF-16 units", () => {
    // 🇬🇹 is two code points and 🎉 one, 6 UTF-16 units in all; then 35 characters up to the quote.
    expect(text.indexOf("“Do not come.”")).toBe(41);
    expect(targetOf(item(quoteId)).selector[1]).toEqual({ type: "TextPositionSelector", start: 38, end: 52 });
  });

  it("writes UUIDs as lower-case urn:uuid and other ids as encoded URNs", () => {
    expect(item(quoteId).id).toBe("urn:uuid:3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    expect(annotationIri("sp/1")).toBe("urn:quote-annotator:annotation:sp%2F1");
    expect(annotationIri("stat 1")).toBe("urn:quote-annotator:annotation:stat%201");
  });

  it("writes tag, speaker and note bodies with purposes from the model's list", () => {
    for (const a of items) {
      for (const b of a.body) {
        expect(["TextualBody", "SpecificResource"]).toContain(b.type);
        expect(ALLOWED_PURPOSES.has(b.purpose)).toBe(true);
      }
    }
    expect(item(quoteId).body).toEqual([
      { type: "TextualBody", purpose: "tagging", value: "quote" },
      {
        type: "SpecificResource",
        purpose: "identifying",
        source: { id: "urn:quote-annotator:speaker:kh", label: "Kamala Harris" },
      },
      { type: "TextualBody", purpose: "commenting", value: "Said twice, see video.", format: "text/plain" },
    ]);
    expect(bodyPurposes(item("sp/1"))).toEqual(["tagging", "identifying"]);
  });

  it("writes only the tag body when there is no speaker and no note", () => {
    expect(item("stat 1").body).toEqual([{ type: "TextualBody", purpose: "tagging", value: "statistic" }]);
  });

  it("writes a quote in fragments as one target per fragment, with its kind, cue and source as bodies", () => {
    const quote = annotation("split", "quote", "“Do not come.”", {
      moreFragments: [
        { start: codePoint(67), end: codePoint(71), exact: Array.from(text).slice(67, 71).join("") },
      ],
      cue: { start: codePoint(33), end: codePoint(37), exact: "said" },
      source: { start: codePoint(26), end: codePoint(32), exact: "Harris" },
      kind: "mixed",
    });
    const [only] = data.articles;
    if (!only) throw new Error("no article");
    const [written] = buildW3cCollection({ ...data, articles: [{ ...only, annotations: [quote] }] }).first
      .items;
    if (!written) throw new Error("no annotation");
    const article = "urn:quote-annotator:article:000_cccd83b6053d3462";
    expect(Array.isArray(written.target)).toBe(true);
    expect((written.target as W3cTarget[]).map((t) => t.selector[1])).toEqual([
      { type: "TextPositionSelector", start: 38, end: 52 },
      { type: "TextPositionSelector", start: 67, end: 71 },
    ]);
    expect(written.body.slice(1)).toEqual([
      { type: "TextualBody", purpose: "classifying", value: "mixed" },
      {
        type: "SpecificResource",
        purpose: "describing",
        source: article,
        selector: [
          { type: "TextQuoteSelector", exact: "said" },
          { type: "TextPositionSelector", start: 33, end: 37 },
        ],
      },
      {
        type: "SpecificResource",
        purpose: "identifying",
        source: article,
        selector: [
          { type: "TextQuoteSelector", exact: "Harris" },
          { type: "TextPositionSelector", start: 26, end: 32 },
        ],
      },
    ]);
  });

  it("leaves out an empty prefix at the start of the text", () => {
    const [quote] = targetOf(item("first")).selector;
    expect(quote).toEqual({
      type: "TextQuoteSelector",
      exact: "🇬🇹🎉 Vice",
      suffix: " President Kamala Harris said “D",
    });
  });

  it("names the web page an article came from as the target's scope, its text staying the source", () => {
    // The positions count characters of the article's text, not of the page: the text is the source,
    // and the page, where the text was read, is the scope the model gives such a context.
    const url = "https://www.example.org/2026/11/23/harris-guatemala";
    const withUrl: AnnotationSet = { ...data, articles: data.articles.map((a) => ({ ...a, url })) };
    const [first] = buildW3cCollection(withUrl).first.items;
    if (!first) throw new Error("no annotation");
    expect(targetOf(first).source).toBe("urn:quote-annotator:article:000_cccd83b6053d3462");
    expect(targetOf(first).scope).toBe(url);
    expect(Object.keys(targetOf(first))).toEqual(["source", "scope", "selector"]);
    expect("scope" in targetOf(item("first"))).toBe(false);
  });

  it("copies created and modified from the annotation", () => {
    expect(item(quoteId)).toMatchObject({
      created: "2026-11-20T09:00:00.000Z",
      modified: "2026-11-21T09:00:00.000Z",
    });
  });
});

/** The one target of an annotation whose content is one stretch. */
function targetOf(annotation: W3cAnnotation): W3cTarget {
  if (Array.isArray(annotation.target)) throw new Error("expected one target");
  return annotation.target;
}
