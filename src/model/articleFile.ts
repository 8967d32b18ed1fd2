import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
// With its extension: the Vite config loads this module (scripts/articles-plugin.ts) without a bundler.
import { decodeTextBytes } from "./textBytes.ts";
import type { Article } from "./types";

/**
 * Turning a file into an article. The text must stay exactly what the file says (captions, ads and
 * typos included), so the only changes are the ones that make offsets portable: the BOM is dropped and
 * CRLF/CR line endings become LF. A UTF-16 file is read as the text it holds (see textBytes.ts).
 */

export type ArticleFileResult =
  | { ok: true; article: Article }
  | { ok: false; id: string; source: string; error: string };

export function decodeArticleText(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; error: string } {
  if (bytes.length === 0) return { ok: false, error: "The file is empty." };
  const decoded = decodeTextBytes(bytes);
  if (!decoded.ok) return { ok: false, error: DECODING_PROBLEMS[decoded.problem] };
  const text = normalizeLineEndings(decoded.text);
  if (text.trim() === "") return { ok: false, error: "The file holds only blank space." };
  return { ok: true, text };
}

const DECODING_PROBLEMS = {
  binary: "This is a binary file, not text (it contains NUL bytes).",
  "not-utf8": "This file is not valid UTF-8 text.",
  "broken-utf16":
    "This file is UTF-16 text with a broken character (an odd byte or a lone surrogate); save it as UTF-8.",
} as const;

export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** The first non-empty line, trimmed: news files open with their headline. */
export function titleOf(text: string): string {
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (trimmed.length <= 200) return trimmed;
    // Cut at 199 UTF-16 units, one fewer where that would split an emoji's surrogate pair in half.
    const unit = trimmed.charCodeAt(198);
    return `${trimmed.slice(0, unit >= 0xd800 && unit <= 0xdbff ? 198 : 199)}…`;
  }
  return "Untitled";
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** `source` is where the file came from, e.g. `articles/000_x.txt`; the id is its name less the extension. */
export function articleFromFile(source: string, bytes: Uint8Array): ArticleFileResult {
  const fileName = source.split("/").pop() ?? source;
  const id = fileName.replace(/\.[^.]*$/, "");
  const decoded = decodeArticleText(bytes);
  if (!decoded.ok) return { ok: false, id, source, error: decoded.error };
  const { text } = decoded;
  return { ok: true, article: { id, title: titleOf(text), source, text, textSha256: sha256Hex(text) } };
}
