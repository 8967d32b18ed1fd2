import { describe, expect, it } from "vitest";
import { codePoint } from "../text";
import type { Annotation, Speaker } from "../types";
import {
  annotationDocument,
  annotationStamp,
  documentStamp,
  speakerDocument,
  speakerStamp,
} from "./documents";

const annotation: Annotation = {
  id: "q1",
  articleId: "a1",
  tag: "quote",
  start: codePoint(3),
  end: codePoint(9),
  exact: "root causes",
  prefix: "",
  suffix: "",
  speakerId: "kh",
  note: "check it",
  createdAt: "2026-11-20T10:00:00.000Z",
  updatedAt: "2026-11-20T10:00:00.000Z",
};
const speaker: Speaker = { id: "kh", name: "Kamala Harris", aliases: ["Harris"] };

describe("an annotation's document", () => {
  it("holds the words of every fragment of its content", () => {
    const split = {
      ...annotation,
      moreFragments: [{ start: codePoint(20), end: codePoint(25), exact: "roots" }],
    };
    expect(annotationDocument(split).fields.find((f) => f.name === "exact")?.text).toBe(
      "root causes … roots",
    );
  });
});

describe("document stamps", () => {
  it("stamp a record as the document made from it, without indexing its texts", () => {
    expect(annotationStamp(annotation)).toBe(documentStamp(annotationDocument(annotation)));
    expect(speakerStamp(speaker)).toBe(documentStamp(speakerDocument(speaker)));
    const noNote = { ...annotation, note: "  " };
    expect(annotationStamp(noNote)).toBe(documentStamp(annotationDocument(noNote)));
  });

  it("differ once anything the document is made from changes, and only then", () => {
    const stored = documentStamp(annotationDocument(annotation));
    expect(annotationStamp({ ...annotation, updatedAt: "2026-11-21T10:00:00.000Z", tag: "claim" })).toBe(
      stored,
    );
    for (const change of [
      { note: "check it again" },
      { exact: "root cause" },
      { speakerId: null },
      { start: codePoint(4) },
      { articleId: "a2" },
      { moreFragments: [{ start: codePoint(20), end: codePoint(25), exact: "roots" }] },
    ])
      expect(annotationStamp({ ...annotation, ...change })).not.toBe(stored);
    expect(speakerStamp({ ...speaker, aliases: ["Harris", "VP Harris"] })).not.toBe(
      documentStamp(speakerDocument(speaker)),
    );
  });
});
