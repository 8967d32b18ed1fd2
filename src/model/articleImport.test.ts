import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { articleTextFromFile, importedArticle, markdownToText } from "./articleImport";

const parseHtml = (html: string): Document => {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, "text/html") as unknown as Document;
};
const bytes = (text: string) => new TextEncoder().encode(text);

const NEWS_PAGE = `<!doctype html><html><head><title>Harris meets Giammattei | The Daily</title>
<script>window.__xss = "head"</script><style>p { color: red }</style></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
<div class="ad">Advertisement: buy now</div>
<article>
<h1>Harris meets Giammattei</h1>
<p>WASHINGTON — Vice President Kamala Harris told Guatemalan President Alejandro Giammattei on Monday that the
U.S. plans to increase relief to the Northern Triangle region and “strengthen our cooperation”.</p>
<p>“We want to work with you to address both the acute causes as well as the root causes,” Harris said,
in a meeting that marked a ramping up of her diplomatic efforts in the region over the coming months.</p>
<p><img src="x" onerror="window.__xss='img'">Giammattei said the two should create a “roadmap” between their two
governments toward an agreement “to ensure peace, progress and development.”</p>
<p><a href="javascript:window.__xss='link'">Read more</a> about the meeting and what experts expect from it next.</p>
<script>window.__xss = "body"</script>
</article>
<section class="comments"><h2>Comments</h2><p>first!</p></section>
<footer>© The Daily</footer>
</body></html>`;

describe("importing article files", () => {
  it("keeps a .txt file's text exactly, line endings aside", () => {
    const result = articleTextFromFile("a.txt", bytes("Headline\r\n\r\nBody “quoted” 😀.\r\n"), parseHtml);
    expect(result).toEqual({
      ok: true,
      title: "Headline",
      text: "Headline\n\nBody “quoted” 😀.\n",
      metadata: {},
    });
  });

  it("turns Markdown into plain paragraphs without markup", () => {
    const md =
      "# Title\n\nA **bold** claim with a [link](https://example.org).\n\n- one\n- two\n\n> quoted\n\n<b>raw</b>\n";
    // Inline tags are dropped; the words between them stay.
    expect(markdownToText(md)).toBe("Title\n\nA bold claim with a link.\n\none\n\ntwo\n\nquoted\n\nraw\n");
    expect(articleTextFromFile("n.md", bytes(md), parseHtml)).toMatchObject({ ok: true, title: "Title" });
  });

  it("reduces a saved news page to its title and body text, without scripts, navigation, ads or comments", () => {
    const result = articleTextFromFile("page.html", bytes(NEWS_PAGE), parseHtml);
    if (!result.ok) throw new Error(result.error);
    expect(result.title).toContain("Harris meets Giammattei");
    const paragraphs = result.text.trim().split("\n\n");
    expect(paragraphs[0]).toBe(result.title);
    expect(paragraphs[1]).toMatch(/^WASHINGTON — Vice President Kamala Harris told/);
    expect(result.text).toContain("“We want to work with you to address both the acute causes");
    expect(result.text).toContain("Read more about the meeting");
    for (const gone of ["__xss", "<", "onerror", "javascript:", "Advertisement", "first!", "Politics", "©"]) {
      expect(result.text).not.toContain(gone);
    }
  });

  it("names the file and the problem for files it cannot import", () => {
    expect(articleTextFromFile("empty.txt", new Uint8Array(), parseHtml)).toEqual({
      ok: false,
      error: "empty.txt: The file is empty.",
    });
    expect(articleTextFromFile("x.pdf", bytes("%PDF"), parseHtml)).toMatchObject({
      ok: false,
      error: /x\.pdf: not an article/,
    });
    expect(articleTextFromFile("bin.html", new Uint8Array([60, 0, 1]), parseHtml)).toMatchObject({
      ok: false,
      error: /bin\.html: .*binary/,
    });
    expect(
      articleTextFromFile("blank.html", bytes("<html><body><script>x()</script></body></html>"), parseHtml),
    ).toMatchObject({
      ok: false,
    });
  });

  it("names an imported article by a hash of its text", () => {
    const a = importedArticle("a.txt", "T", "T\n");
    expect(a.id).toMatch(/^imp_[0-9a-f]{16}$/);
    expect(importedArticle("b.txt", "T", "T\n").id).toBe(a.id);
    expect(a.source).toBe("import:a.txt");
  });
});
