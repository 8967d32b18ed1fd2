/**
 * A page's title without what the site appends to it: "Talks resume | The Border Times" is the
 * headline "Talks resume" of the site "The Border Times". Only a part the page itself shows to be no
 * headline is cut: a trailing part after " | " or a dash that is the site's name (or its address), or
 * the byline; or whatever follows the page's own headline (its <h1>) when the title starts with it.
 * Anything else stays, since the last part of "Talks resume - and stall - at the border" is the
 * headline's own.
 */

export interface TitleEvidence {
  siteName?: string | undefined;
  byline?: string | undefined;
  url?: string | undefined;
  /** The texts of the page's <h1> elements. */
  headlines: readonly string[];
}

/** " | ", " - ", " – ", " — ": a separator with a space on each side, as sites join title parts. */
const SEPARATOR = / [|\-–—] /g;

export function articleTitle(title: string, evidence: TitleEvidence): string {
  let cut = collapse(title);
  for (const headline of evidence.headlines.map(collapse)) {
    const after = cut.slice(headline.length);
    if (headline && cut.startsWith(headline) && /^ [|\-–—] /.test(after)) return headline;
  }
  const names = [evidence.siteName, evidence.byline, hostOf(evidence.url)].filter(
    (name): name is string => !!name,
  );
  for (;;) {
    const separators = Array.from(cut.matchAll(SEPARATOR));
    const last = separators.at(-1);
    if (last?.index === undefined || last.index === 0) return cut;
    const tail = cut.slice(last.index + last[0].length);
    if (!names.some((name) => sameName(tail, name))) return cut;
    cut = cut.slice(0, last.index).trim();
  }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Letters and digits only, lower case, accents and a leading "the" or "by" aside. */
function key(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/^(?:the|by)\s+/, "")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** "The Border Times" is named by "THE BORDER TIMES", by "bordertimes.example" and by "www.bordertimes.example". */
function sameName(part: string, name: string): boolean {
  return siteKey(part) === siteKey(name);
}

/** A name's key; for an address, the key of its name before the top-level domain. */
function siteKey(text: string): string {
  const domain = /^(?:www\.)?([\p{L}\p{N}-]+)\.[\p{L}.]{2,}$/u.exec(text.trim().toLowerCase());
  return key(domain?.[1] ?? text);
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
