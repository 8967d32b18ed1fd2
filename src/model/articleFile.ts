import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type { Article } from "./types";

/**
 * Turning a file into an article. The text must stay exactly what the file says (captions, ads and
 * typos included), so the only changes are the ones that make offsets portable: the BOM is dropped and
 * CRLF/CR line endings become LF.
 */

export type ArticleFileResult =
  | { ok: true; article: Article }
  | { ok: false; id: string; source: string; error: string };

export function decodeArticleText(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; error: string } {
  if (bytes.length === 0) return { ok: false, error: "The file is empty." };
  if (bytes.includes(0))
    return { ok: false, error: "This is a binary file, not text (it contains NUL bytes)." };
  let decoded: string;
  try {
    // The default (ignoreBOM: false) consumes a leading BOM, which is not part of the article.
    decoded = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: "This file is not valid UTF-8 text." };
  }
  const text = normalizeLineEndings(decoded);
  if (text.trim() === "") return { ok: false, error: "The file holds only blank space." };
  return { ok: true, text };
}

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
