import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { spanOf } from "../anchor";
import { sha256Hex } from "../articleFile";
import { contentPatch, excerptOf } from "../attribution";
import { messyText } from "../testing/arbitraries";
import { TEXT } from "../testing/bratFixture";
import { codePointSpan, textOffsets } from "../text";
import { type Annotation, QUOTE_KINDS, TAGS } from "../types";
import { annotationsFromBrat } from "./bratAnnotations";
import { bratFileNames, bratFromAnnotations, bratZip } from "./bratExport";
import { pairBratFiles } from "./bratPairing";

const offsets = textOffsets(TEXT);
const at = (phrase: string) => {
  const start = Array.from(TEXT.slice(0, TEXT.indexOf(phrase))).length;
  return codePointSpan(start, start + Array.from(phrase).length);
};
const TIME = "2026-11-30T09:00:00.000Z";

function annotation(id: string, fields: Partial<Annotation> & { content: string[] }): Annotation {
  const { content, ...rest } = fields;
  return {
    id,
    articleId: "a",
    tag: "quote",
    ...(contentPatch(TEXT, offsets, content.map(at)) as Pick<Annotation, "start" | "end" | "exact">),
    prefix: "",
    suffix: "",
    speakerId: null,
    note: "",
    createdAt: TIME,
    updatedAt: TIME,
    ...rest,
  };
}

const excerpt = (phrase: string) => excerptOf(TEXT, offsets, at(phrase));

const ANNOTATIONS = [
  annotation("q", {
    content: ["We will build it,", "and soon."],
    cue: excerpt("said"),
    source: excerpt("the mayor"),
    kind: "mixed",
    note: "interrupted by its cue",
  }),
  annotation("c", { tag: "claim", content: ["the vote was close"], cue: excerpt("told reporters") }),
  annotation("s", { tag: "statistic", content: ["Ridership rose 12 percent"], kind: "indirect" }),
  annotation("p", { tag: "speaker", content: ["𝒜na Ruiz"], note: "budget chief" }),
  annotation("o", { content: ["Council"], orphan: true }),
];

describe("brat export", () => {
  it("writes PolNeAR's lines: content, cue, source, a trigger on the cue, one event, kind and note", () => {
    const { txt, ann, leftOut } = bratFromAnnotations({ text: TEXT }, ANNOTATIONS);
    expect(txt).toBe(TEXT);
    expect(leftOut).toBe(1);
    const line = (id: string, type: string, phrase: string, more = "") =>
      `${id}\t${type} ${at(phrase).start} ${at(phrase).end}${more ? `;${at(more).start} ${at(more).end}` : ""}\t${phrase}${more ? ` ${more}` : ""}`;
    expect(ann.split("\n")).toEqual([
      line("T1", "Content", "We will build it,", "and soon."),
      line("T2", "Cue", "said"),
      line("T3", "Source", "the mayor"),
      line("T4", "Attribution", "said"),
      line("T5", "Claim", "the vote was close"),
      line("T6", "Cue", "told reporters"),
      line("T7", "Attribution-no-source", "told reporters"),
      line("T8", "Statistic", "Ridership rose 12 percent"),
      // No cue: the trigger is on the content's first fragment.
      line("T9", "Attribution-no-source", "Ridership rose 12 percent"),
      line("T10", "Speaker", "𝒜na Ruiz"),
      "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3",
      "E2\tAttribution-no-source:T7 Content:T5 Cue:T6",
      "E3\tAttribution-no-source:T9 Content:T8",
      "A1\tKind E1 mixed",
      "A2\tKind E3 indirect",
      "#1\tAnnotatorNotes E1\tinterrupted by its cue",
      "#2\tAnnotatorNotes T10\tbudget chief",
      "",
    ]);
  });

  it("reads back what it writes: the same tags, fragments, cues, sources, kinds and notes", () => {
    const { ann } = bratFromAnnotations({ text: TEXT }, ANNOTATIONS);
    const back = annotationsFromBrat({
      text: TEXT,
      textSha256: sha256Hex(TEXT),
      annName: "a.ann",
      ann,
      modifiedAt: TIME,
    });
    if (!back.ok) throw new Error(back.problems.join("\n"));
    expect(back.unused).toEqual({});
    expect(back.annotations.map(comparable)).toEqual(
      ANNOTATIONS.filter((a) => !a.orphan).map((a) => ({
        ...comparable(a),
        // A claim written without a kind comes back with the one its quotation marks propose.
        kind: a.id === "c" ? "indirect" : a.kind,
      })),
    );
  });

  it("reads back any annotations it wrote over any text", () => {
    fc.assert(
      fc.property(
        messyText({ lineEndings: "lf", minPieces: 8 }).chain((text) =>
          fc.tuple(fc.constant(text), annotationsOver(text)),
        ),
        ([text, annotations]) => {
          const { ann } = bratFromAnnotations({ text }, annotations);
          const back = annotationsFromBrat({
            text,
            textSha256: sha256Hex(text),
            annName: "x.ann",
            ann,
            modifiedAt: TIME,
          });
          if (!back.ok) throw new Error(back.problems.join("\n"));
          expect(back.unused).toEqual({});
          const sorted = (list: ReturnType<typeof comparable>[]) =>
            [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
          expect(sorted(back.annotations.map(comparable))).toEqual(sorted(annotations.map(comparable)));
        },
      ),
      { seed: 20261203, numRuns: 150 },
    );
  });

  it("names each article's files by the name it came with, else its title, unique and safe", () => {
    const names = bratFileNames([
      { id: "imp_1", title: "x", source: "import:news_2016-09-12_vote.txt" },
      { id: "000_abc", title: "y", source: "articles/000_abc.txt" },
      { id: "imp_2", title: "Council: a plan / “now”?", source: "import:page.html" },
      { id: "imp_3", title: "other", source: "import:Page.htm" },
      { id: "imp_4", title: "..", source: "elsewhere" },
      { id: "imp_5", title: "CON", source: "elsewhere" },
    ]);
    expect([...names.values()]).toEqual([
      "news_2016-09-12_vote",
      "000_abc",
      "page",
      "Page-2",
      "imp_4",
      "CON_",
    ]);
  });

  it("zips a .txt and an .ann per article", () => {
    const { zip } = bratZip({
      articles: [
        { id: "a", title: "Council", source: "import:council.txt", text: TEXT, textSha256: sha256Hex(TEXT) },
      ],
      annotations: ANNOTATIONS,
      speakers: [],
    });
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(["council.txt", "council.ann"]);
    expect(strFromU8(files["council.txt"] as Uint8Array)).toBe(TEXT);
    expect(strFromU8(files["council.ann"] as Uint8Array)).toBe(
      bratFromAnnotations({ text: TEXT }, ANNOTATIONS).ann,
    );
  });

  it("writes one .ann per annotator's layer, which the brat import pairs back as layers", () => {
    const article = {
      id: "a",
      title: "Council",
      source: "import:council.txt",
      text: TEXT,
      textSha256: sha256Hex(TEXT),
    };
    const layered = [
      ...ANNOTATIONS,
      ...ANNOTATIONS.map((a) => ({ ...a, id: `${a.id}-tom`, annotator: "Tom_O" })),
      ...ANNOTATIONS.slice(0, 1).map((a) => ({ ...a, id: `${a.id}-gold`, annotator: "gold" })),
    ];
    const named = unzipSync(
      bratZip({ articles: [article], annotations: layered, speakers: [], ownName: "Ana" }).zip,
    );
    expect(Object.keys(named).sort()).toEqual([
      "council.txt",
      "council_Ana.ann",
      "council_Tom-O.ann",
      "council_gold.ann",
    ]);
    expect(strFromU8(named["council_gold.ann"] as Uint8Array)).toBe(
      bratFromAnnotations({ text: TEXT }, ANNOTATIONS.slice(0, 1)).ann,
    );
    const pairing = pairBratFiles(Object.keys(named).map((path) => ({ path })));
    expect(pairing.articles[0]?.annotations.map((a) => a.annotator).sort()).toEqual(["Ana", "Tom-O", "gold"]);
    // The user's own layer, unnamed: NAME.ann beside the others.
    const unnamed = unzipSync(bratZip({ articles: [article], annotations: layered, speakers: [] }).zip);
    expect(Object.keys(unnamed).sort()).toEqual([
      "council.ann",
      "council.txt",
      "council_Tom-O.ann",
      "council_gold.ann",
    ]);
  });
});

/** What brat carries of an annotation: all but its id, context, speaker and times. */
function comparable(
  a: Pick<
    Annotation,
    "tag" | "start" | "end" | "exact" | "moreFragments" | "cue" | "source" | "kind" | "note"
  >,
) {
  return {
    tag: a.tag,
    start: a.start,
    end: a.end,
    exact: a.exact,
    moreFragments: a.moreFragments,
    cue: a.cue,
    source: a.source,
    kind: a.kind,
    note: a.note,
  };
}

/** Annotations over `text` as the app makes them: fragments apart from each other, cue and source anywhere. */
function annotationsOver(text: string): fc.Arbitrary<Annotation[]> {
  const o = textOffsets(text);
  const n = o.length;
  const span = fc
    .tuple(fc.nat(n - 1), fc.integer({ min: 1, max: 12 }))
    .map(([s, l]) => codePointSpan(s, Math.min(n, s + l)));
  const one = fc.record({
    tag: fc.constantFrom(...TAGS),
    cuts: fc.uniqueArray(fc.nat(n), { minLength: 2, maxLength: 6 }),
    cue: fc.option(span, { nil: undefined }),
    source: fc.option(span, { nil: undefined }),
    kind: fc.constantFrom(...QUOTE_KINDS),
    note: fc.constantFrom("", "check", "two words"),
  });
  return fc.array(one, { maxLength: 5 }).map((drafts) =>
    drafts.flatMap((d, i) => {
      // Cut points in pairs make fragments; a gap of at least one code point keeps them apart.
      const cuts = [...d.cuts].sort((x, y) => x - y);
      const fragments = [];
      for (let k = 0; k + 1 < cuts.length; k += 2) {
        const [s, e] = [cuts[k] as number, cuts[k + 1] as number];
        const last = fragments[fragments.length - 1];
        if (e > s && (!last || s > last.end)) fragments.push(codePointSpan(s, e));
      }
      if (!fragments.length) return [];
      const speaker = d.tag === "speaker";
      const annotation: Annotation = {
        id: `a${i}`,
        articleId: "x",
        tag: d.tag,
        ...(contentPatch(text, o, fragments) as Pick<Annotation, "start" | "end" | "exact">),
        prefix: "",
        suffix: "",
        speakerId: null,
        note: d.note,
        createdAt: TIME,
        updatedAt: TIME,
      };
      if (!annotation.moreFragments) delete annotation.moreFragments;
      if (!speaker) {
        annotation.kind = d.kind;
        if (d.cue) annotation.cue = excerptOf(text, o, d.cue);
        if (d.source) annotation.source = excerptOf(text, o, d.source);
      }
      return [{ ...annotation, ...spanOf(text, o, annotation) }];
    }),
  );
}
