/**
 * What Readability leaves of a saved news page that is not the article: the page's own interface
 * ("Continue reading the main story"), captions and credits of its photos, vendor credits ("Powered
 * by …"), links to other stories ("Related: …"), navigation rows and date lines. Each rule names the
 * markup or wording it acts on and why no sentence of an article looks like that; the tests hold a
 * look-alike sentence for each. A rule drops whole blocks only, never words inside a block.
 */

/**
 * Captions of photos and videos, removed from the page before Readability reads it (Readability drops
 * the class names that say what a block is). A `<figcaption>` is dropped only in a figure that shows
 * media: a figure holding a quote keeps its caption, which may name who said it. An element whose own
 * class says it is a caption or a credit is dropped too. Either only up to 600 characters: a caption is
 * a sentence or two, so a longer "caption" is markup gone wrong around article text.
 */
const CAPTION_CLASSES = new Set([
  "caption",
  "caption-text",
  "wp-caption-text",
  "photo-caption",
  "image-caption",
  "media-caption",
  "credit",
  "photo-credit",
  "image-credit",
  "media-credit",
]);
const MEDIA = "img, picture, video, iframe, svg, canvas";
const MAX_CAPTION_CHARS = 600;

export function removeMediaCaptions(document: Document): void {
  const captions = Array.from(document.querySelectorAll("figcaption, [class]")).filter((element) => {
    if ((element.textContent ?? "").trim().length > MAX_CAPTION_CHARS) return false;
    if (element.localName === "figcaption") return !!element.closest("figure")?.querySelector(MEDIA);
    return Array.from(element.classList).some((name) => CAPTION_CLASSES.has(name.toLowerCase()));
  });
  for (const caption of captions) caption.remove();
}

/**
 * The whole text of a block that is the page's interface, not the article: buttons, ad labels, skip
 * links. Compared with the block's entire text (case, spaces and a trailing colon or ellipsis aside),
 * so a sentence that merely contains these words is never touched.
 */
const INTERFACE_TEXTS = new Set(
  [
    "Advertisement",
    "Skip advertisement",
    "Supported by",
    "Continue reading the main story",
    "Continue reading",
    "Skip to content",
    "Skip to main content",
    "Listen to this article",
    "Share this",
    "Share this article",
    "Share full article",
    "Read more",
    "Sign up here",
  ].map((text) => text.toLowerCase()),
);

/** Notes a site prints after every article; each starts the way no sentence of a story does. */
const SITE_NOTES = [
  // The New York Times: where the story ran in print.
  /^A version of this article appears in print on\b/i,
];

/**
 * A credit standing alone: "Photo: Sam Reed", "Photo by BOB LEE, Millbrook Gazette", "Credit...Jane
 * Park", "Image credit: AP". Short (12 words at most) and without a full stop, question or exclamation
 * mark: "Credit rating agencies have warned …." is a sentence, and keeps its place.
 */
const CREDIT =
  /^(?:(?:photo(?:graph)?|image|picture|illustration|video)s?\s*(?:credits?\s*)?(?::|by\b)|credits?\s*(?::|\.{3}|…))[^.!?]*$/i;
const MAX_CREDIT_WORDS = 12;

/**
 * Labels of links to other pages: "Related: <a>…</a>", "Powered by <a>WordPress</a>". The block goes
 * only when the words after the label are mostly (three quarters or more) the text of links: "Related
 * costs, such as heating, …" and "Powered by volunteers, the club …" have no link and stay.
 */
const LINK_LABELS =
  /^(?:related|read more|read also|also read|see also|read next|more on this|further reading|(?:proudly )?powered by)\b\s*[:：]?/i;
const MIN_LINK_SHARE = 0.75;

/** Separators of a navigation row: "Order Reprints | Today’s Paper | Subscribe". */
const SEPARATORS = /^[\s|·•/–—-]*$/;

/** Why `block` (with its text, spaces collapsed) is not part of the article, or null when it is. */
export function boilerplateReason(block: Element, text: string): string | null {
  const bare = text.replace(/\s*(?:[:：]|\.{3}|…)$/, "").toLowerCase();
  if (INTERFACE_TEXTS.has(bare)) return "interface text";
  if (SITE_NOTES.some((note) => note.test(text))) return "site note";
  if (CREDIT.test(text) && text.split(" ").length <= MAX_CREDIT_WORDS) return "credit";
  const links = Array.from(block.querySelectorAll("a"));
  const linkText = links.map((a) => (a.textContent ?? "").replace(/\s+/g, "")).join("");
  const label = LINK_LABELS.exec(text);
  if (label && links.length) {
    const rest = text.slice(label[0].length).replace(/[\s.,]+/g, "");
    if (rest.length > 0 && linkText.length / rest.length >= MIN_LINK_SHARE) return "link label";
  }
  if (links.length >= 2 && SEPARATORS.test(textOutside(block, "a"))) return "navigation row";
  // A date line ("May 12, 2026 8:30 AM UTC Updated 35 min ago") is all inside <time>: the page's
  // metadata, kept as the article's publication time where it can be read.
  if (block.querySelector("time") && textOutside(block, "time").trim() === "") return "date line";
  return null;
}

/** The text of `block` outside the elements `selector` matches. */
function textOutside(block: Element, selector: string): string {
  const copy = block.cloneNode(true) as Element;
  for (const element of Array.from(copy.querySelectorAll(selector))) element.remove();
  return copy.textContent ?? "";
}
