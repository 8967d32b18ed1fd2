/**
 * Bytes of a file read as text. UTF-8 is the format's encoding; UTF-16 is read too, because Windows
 * tools write it unasked (Notepad's "Unicode", PowerShell 5's `>` and Out-File), and its characters are
 * the same text: refusing it would only send the user through an editor to convert it. UTF-16 is known
 * by its byte order mark, or without one by its zero bytes: text in Latin script has a zero in about
 * every other byte, nearly always on the same side. Anything else with a zero byte is binary.
 */

export type TextEncodingName = "UTF-8" | "UTF-16LE" | "UTF-16BE";

export type DecodedBytes =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; problem: "binary" | "not-utf8" | "broken-utf16" };

/** The bytes as text, any byte order mark dropped; line endings are left as they are. */
export function decodeTextBytes(bytes: Uint8Array): DecodedBytes {
  const marked = markedUtf16(bytes);
  if (marked) {
    const text = decodeUtf16(bytes, marked);
    return text === null ? { ok: false, problem: "broken-utf16" } : { ok: true, text, encoding: marked };
  }
  const guessed = unmarkedUtf16(bytes);
  if (guessed) {
    // Taken for UTF-16 only if it then reads as text: no broken character and no control character
    // but line breaks and tabs, which a binary file read this way is all but sure to show.
    const text = decodeUtf16(bytes, guessed);
    if (text !== null && !hasControlCharacter(text)) return { ok: true, text, encoding: guessed };
  }
  if (bytes.includes(0)) return { ok: false, problem: "binary" };
  try {
    // The default (ignoreBOM: false) consumes a leading BOM, which is not part of the text.
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    return { ok: false, problem: "not-utf8" };
  }
}

/** Whether `text` holds a C0 control character other than tab, line feed, vertical tab, form feed, CR. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x09 || (unit > 0x0d && unit < 0x20)) return true;
  }
  return false;
}

type Utf16 = "UTF-16LE" | "UTF-16BE";

/** The text of UTF-16 bytes, a leading byte order mark dropped; null for an odd byte or a lone surrogate. */
function decodeUtf16(bytes: Uint8Array, order: Utf16): string | null {
  if (bytes.length % 2 !== 0) return null;
  try {
    // Decoded as little-endian after swapping big-endian pairs: TextDecoder's UTF-16BE is optional in
    // some runtimes. The default (ignoreBOM: false) drops a leading byte order mark.
    return new TextDecoder("utf-16le", { fatal: true }).decode(
      order === "UTF-16BE" ? swapPairs(bytes) : bytes,
    );
  } catch {
    return null;
  }
}

function markedUtf16(bytes: Uint8Array): Utf16 | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16LE";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16BE";
  return null;
}

/** The byte order of UTF-16 text without a byte order mark, by its zeros; null when it does not look so. */
function unmarkedUtf16(bytes: Uint8Array): Utf16 | null {
  // Without a mark: in the first 1,000 pairs, zeros on one side in at least a third of the pairs (a
  // character of U+0000–U+00FF has a zero high byte) and on the other side in under one in twenty (a
  // character U+xx00 such as the low half of some emoji). Binary files put zeros on both sides.
  const pairs = Math.min(1000, Math.floor(bytes.length / 2));
  if (pairs === 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  const many = (zeros: number) => zeros * 3 >= pairs;
  const few = (zeros: number) => zeros * 20 < pairs;
  if (many(oddZeros) && few(evenZeros)) return "UTF-16LE";
  if (many(evenZeros) && few(oddZeros)) return "UTF-16BE";
  return null;
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0;
    swapped[i + 1] = bytes[i] ?? 0;
  }
  return swapped;
}
