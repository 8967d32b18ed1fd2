import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleFromFile, decodeArticleText, normalizeLineEndings, sha256Hex, titleOf } from "./articleFile";
import { messyText } from "./testing/arbitraries";

const articlesDir = new URL("../../articles/", import.meta.url);
const seedFiles = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, articlesDir))) }));

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);
/** `text` as UTF-16 little-endian bytes, without a byte order mark. */
const utf16le = (text: string) =>
  Uint8Array.from(
    Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)).flatMap((u) => [u & 0xff, u >> 8]),
  );
const nodeSha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Messy but well-formed text (no lone surrogates, no NUL): what a UTF-8 file can hold. */
const messy = messyText();

/** The text with LF line endings, worked out one character at a time: a CR becomes an LF and takes the LF after it along. */
function withLfLineEndings(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "\r") out += text[i];
    else {
      out += "\n";
      if (text[i + 1] === "\n") i++;
    }
  }
  return out;
}

describe("decodeArticleText", () => {
  it("rejects an empty file", () => {
    expect(decodeArticleText(new Uint8Array())).toEqual({ ok: false, error: "The file is empty." });
  });

  it("rejects a file with NUL bytes as binary, even when the rest is text", () => {
    const binary = { ok: false, error: "This is a binary file, not text (it contains NUL bytes)." };
    expect(decodeArticleText(Uint8Array.of(0))).toEqual(binary);
    expect(decodeArticleText(concat(utf8("Harris said"), Uint8Array.of(0), utf8(" more")))).toEqual(binary);
    // Zeros on one side only, as in UTF-16, but read so it holds control characters: not text.
    expect(decodeArticleText(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01))).toEqual(binary);
  });

  it("reads UTF-16 text (as Notepad and PowerShell save it) as the text it is, not as binary", () => {
    const text = "Headline 😀\r\n\r\n“Quoted,” she said.\r\n";
    const le = utf16le(text);
    const be = le.map((_, i) => le[i ^ 1] ?? 0);
    const expected = { ok: true, text: "Headline 😀\n\n“Quoted,” she said.\n" };
    // With a byte order mark, in either order, and without one, known by its zero bytes.
    expect(decodeArticleText(concat(Uint8Array.of(0xff, 0xfe), le))).toEqual(expected);
    expect(decodeArticleText(concat(Uint8Array.of(0xfe, 0xff), be))).toEqual(expected);
    expect(decodeArticleText(le)).toEqual(expected);
    expect(decodeArticleText(be)).toEqual(expected);
  });

  it("names UTF-16 text with a broken character and asks for UTF-8", () => {
    const broken = {
      ok: false,
      error:
        "This file is UTF-16 text with a broken character (an odd byte or a lone surrogate); save it as UTF-8.",
    };
    expect(decodeArticleText(Uint8Array.of(0xff, 0xfe, 0x48, 0x00, 0x69))).toEqual(broken);
    expect(decodeArticleText(Uint8Array.of(0xff, 0xfe, 0x48, 0x00, 0x00, 0xd8, 0x69, 0x00))).toEqual(broken);
  });

  it("rejects bytes that are not valid UTF-8", () => {
    const invalid = { ok: false, error: "This file is not valid UTF-8 text." };
    // Latin-1 "é", a lone continuation byte, an overlong "/", an encoded surrogate, a cut-off emoji.
    for (const bytes of [
      Uint8Array.of(0x63, 0x61, 0x66, 0xe9),
      Uint8Array.of(0x41, 0x80, 0x42),
      Uint8Array.of(0xc0, 0xaf),
      Uint8Array.of(0xed, 0xa0, 0x80),
      utf8("Harris 😀").slice(0, -1),
    ]) {
      expect(decodeArticleText(bytes)).toEqual(invalid);
    }
  });

  it("drops a leading byte order mark and keeps a second one, which is text", () => {
    expect(decodeArticleText(concat(BOM, utf8("Headline\nBody")))).toEqual({
      ok: true,
      text: "Headline\nBody",
    });
    expect(decodeArticleText(concat(BOM, BOM, utf8("x")))).toEqual({ ok: true, text: "\ufeffx" });
  });

  it("turns CRLF and CR line endings into LF", () => {
    expect(decodeArticleText(utf8("One\r\nTwo\rThree\n\r\nFour\r\r\n"))).toEqual({
      ok: true,
      text: "One\nTwo\nThree\n\nFour\n\n",
    });
  });

  it("rejects a file of only blank space, line breaks and a BOM", () => {
    const blank = { ok: false, error: "The file holds only blank space." };
    expect(decodeArticleText(utf8("  \n\t\r\n \r"))).toEqual(blank);
    expect(decodeArticleText(BOM)).toEqual(blank);
    expect(decodeArticleText(utf8("\u00a0\u2003\n"))).toEqual(blank);
  });

  it("changes nothing else: emoji, combining marks, curly quotes and spaces stay", () => {
    const text = "  “Cafe\u0301 😀” — she said.\u00a0 \n\n𠀋\t\n";
    expect(decodeArticleText(utf8(text))).toEqual({ ok: true, text });
  });

  it("decodes any well-formed text to the same text with LF line endings", () => {
    fc.assert(
      fc.property(messy, (text) => {
        const decoded = decodeArticleText(utf8(text));
        if (text === "") expect(decoded).toEqual({ ok: false, error: "The file is empty." });
        else if (text.trim() === "")
          expect(decoded).toEqual({ ok: false, error: "The file holds only blank space." });
        else expect(decoded).toEqual({ ok: true, text: withLfLineEndings(text) });
      }),
    );
  });

  it("decodes every seed article to exactly its file's text", () => {
    for (const { bytes } of seedFiles) {
      const decoded = decodeArticleText(bytes);
      expect(decoded).toEqual({ ok: true, text: new TextDecoder().decode(bytes) });
    }
  });
});

describe("normalizeLineEndings", () => {
  it("makes one LF of each CRLF and of each lone CR", () => {
    expect(normalizeLineEndings("a\r\nb\rc\nd\r\r\ne\n\rf")).toBe("a\nb\nc\nd\n\ne\n\nf");
    expect(normalizeLineEndings("")).toBe("");
  });

  it("matches a character-by-character rewrite, leaves no CR, keeps the number of line breaks and is idempotent", () => {
    fc.assert(
      fc.property(messy, (text) => {
        const normalized = normalizeLineEndings(text);
        expect(normalized).toBe(withLfLineEndings(text));
        expect(normalized).not.toContain("\r");
        expect(normalized.split("\n").length).toBe(text.split(/\r\n|\r|\n/).length);
        expect(normalizeLineEndings(normalized)).toBe(normalized);
        expect(normalized.replace(/\n/g, "")).toBe(text.replace(/[\r\n]/g, ""));
      }),
    );
  });
});

describe("titleOf", () => {
  it("takes the first non-empty line, trimmed", () => {
    expect(titleOf("\n\n  Harris meets Giammattei  \nBody text")).toBe("Harris meets Giammattei");
    expect(titleOf(" \t \n\u00a0\nHeadline")).toBe("Headline");
  });

  it("calls a text with no words in it Untitled", () => {
    expect(titleOf("")).toBe("Untitled");
    expect(titleOf("\n  \n\t\n")).toBe("Untitled");
  });

  it("keeps a 200-character headline and cuts a longer one to 199 characters and an ellipsis", () => {
    expect(titleOf("a".repeat(200))).toBe("a".repeat(200));
    expect(titleOf("b".repeat(201))).toBe(`${"b".repeat(199)}…`);
  });

  it("never cuts a long headline inside a surrogate pair", () => {
    const title = titleOf(`${"a".repeat(198)}😀${"b".repeat(10)}`);
    expect(title).not.toMatch(loneSurrogate);
    expect(title).toBe(`${"a".repeat(198)}…`);
  });

  it("never leaves half an emoji in any title", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "😀", "𠀋", " "), { minLength: 100, maxLength: 260 }),
        (chars) => {
          const title = titleOf(chars.join(""));
          expect(title).not.toMatch(loneSurrogate);
          expect(title.length).toBeLessThanOrEqual(200);
        },
      ),
    );
  });

  it("keeps the seed headline as written, typo included", () => {
    const file = seedFiles.find((f) => f.name === "001_460e1fe8a5442074.txt");
    expect(file).toBeDefined();
    expect(titleOf(new TextDecoder().decode(file?.bytes))).toBe("Kamala Harris mirgration intv SOTU vpx");
  });
});

describe("sha256Hex", () => {
  it("gives the known digests of 'abc' and of the empty text", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("hashes the UTF-8 bytes of the text, as node:crypto does", () => {
    expect(sha256Hex("é")).toBe(nodeSha256("é"));
    expect(sha256Hex("é")).not.toBe(sha256Hex("e\u0301"));
    fc.assert(
      fc.property(messy, (text) => {
        expect(sha256Hex(text)).toBe(nodeSha256(text));
      }),
    );
  });
});

describe("articleFromFile", () => {
  it("makes an article of a seed file with its name as id and its headline as title", () => {
    const file = seedFiles.find((f) => f.name === "000_cccd83b6053d3462.txt");
    if (!file) throw new Error("seed article 000 is missing");
    const text = new TextDecoder().decode(file.bytes);
    const firstLine = text.split("\n")[0] ?? "";
    expect(firstLine.length).toBeGreaterThan(200);
    expect(articleFromFile("articles/000_cccd83b6053d3462.txt", file.bytes)).toEqual({
      ok: true,
      article: {
        id: "000_cccd83b6053d3462",
        title: `${firstLine.slice(0, 199)}…`,
        source: "articles/000_cccd83b6053d3462.txt",
        text,
        textSha256: nodeSha256(text),
      },
    });
  });

  it("hashes the text as shown, so CRLF, CR and BOM copies of a file get the same hash", () => {
    const file = seedFiles[0];
    if (!file) throw new Error("no seed articles");
    const text = new TextDecoder().decode(file.bytes);
    const variants = [
      file.bytes,
      utf8(text.replace(/\n/g, "\r\n")),
      utf8(text.replace(/\n/g, "\r")),
      concat(BOM, file.bytes),
    ].map((bytes) => articleFromFile(`articles/${file.name}`, bytes));
    for (const result of variants) {
      expect(result).toEqual(variants[0]);
      expect(result.ok && result.article.textSha256).toBe(nodeSha256(text));
    }
  });

  it("gives every seed article a distinct id and a hash of its text", () => {
    const articles = seedFiles.map(({ name, bytes }) => {
      const result = articleFromFile(`articles/${name}`, bytes);
      if (!result.ok) throw new Error(`${name}: ${result.error}`);
      return result.article;
    });
    expect(articles.map((a) => a.id)).toEqual(seedFiles.map((f) => f.name.replace(/\.txt$/, "")));
    for (const article of articles) expect(article.textSha256).toBe(sha256Hex(article.text));
    expect(new Set(articles.map((a) => a.textSha256)).size).toBe(articles.length);
  });

  it("drops only the last extension and any folders from the id", () => {
    const bytes = utf8("Title\nBody");
    const idOf = (source: string) => {
      const result = articleFromFile(source, bytes);
      return result.ok ? result.article.id : null;
    };
    expect(idOf("a/b/story.final.txt")).toBe("story.final");
    expect(idOf("notes")).toBe("notes");
    expect(idOf("story.md")).toBe("story");
  });

  it("reports a file it cannot read with its id, source and the reason", () => {
    expect(articleFromFile("imports/empty.txt", new Uint8Array())).toEqual({
      ok: false,
      id: "empty",
      source: "imports/empty.txt",
      error: "The file is empty.",
    });
    expect(articleFromFile("scan.pdf", Uint8Array.of(0x25, 0x50, 0x44, 0x46, 0x00))).toEqual({
      ok: false,
      id: "scan",
      source: "scan.pdf",
      error: "This is a binary file, not text (it contains NUL bytes).",
    });
  });
});
