import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { boilerplateReason, removeMediaCaptions } from "./boilerplate";

const documentOf = (body: string): Document =>
  new new Window().DOMParser().parseFromString(`<body>${body}</body>`, "text/html") as unknown as Document;

/** Each block of `body` with what the rules say of it: the reason it goes, or null when it stays. */
function judged(body: string): [string, string | null][] {
  return Array.from(documentOf(body).querySelectorAll("p"), (p) => {
    const text = (p.textContent ?? "").replace(/\s+/g, " ").trim();
    return [text, boilerplateReason(p, text)];
  });
}

describe("boilerplate rules", () => {
  it("drops the page's interface, credits, link labels, navigation rows and date lines", () => {
    expect(
      judged(`
        <p>Advertisement</p><p>SKIP ADVERTISEMENT</p><p>Supported by</p><p>Continue reading the main story</p>
        <p>Share this:</p><p>Listen to this article</p>
        <p>A version of this article appears in print on March 5, 2026, Section A, Page 18.</p>
        <p>Credit...Jane Park for The New York Times</p><p>Photo: Sam Reed</p>
        <p>Photo by BOB LEE, Millbrook Gazette</p><p>Image credit: AP</p>
        <p>Related: <a href="/a">Why the Buses Are Late</a></p>
        <p>READ MORE: <a href="/b">Council approves budget</a>.</p>
        <p>Proudly powered by <a href="/wp">WordPress</a>.</p>
        <p>Powered by <a href="/c">BLOX Content Management System</a> from <a href="/d">TownNews.com</a>.</p>
        <p><a href="/e">Order Reprints</a> | <a href="/f">Today’s Paper</a> | <a href="/g">Subscribe</a></p>
        <p><time datetime="2026-05-12T08:30:00Z"><span>May 12, 2026</span><span>8:30 AM UTC</span></time></p>
      `).map(([, reason]) => reason),
    ).toEqual([
      "interface text",
      "interface text",
      "interface text",
      "interface text",
      "interface text",
      "interface text",
      "site note",
      "credit",
      "credit",
      "credit",
      "credit",
      "link label",
      "link label",
      "link label",
      "link label",
      "navigation row",
      "date line",
    ]);
  });

  it("never drops a sentence that only looks like boilerplate", () => {
    const sentences = judged(`
      <p>Advertisement revenue fell by a third, the company said.</p>
      <p>Supported by a grant from the state, the program now reaches 40 schools.</p>
      <p>Continue reading, she told the class, even when the book gets hard.</p>
      <p>Credit rating agencies have warned that the added debt could lower the city’s rating.</p>
      <p>Credit: it is what keeps small farms going through a dry year.</p>
      <p>Photo by photo, the exhibit traces a century of the town's history.</p>
      <p>Photographs taken by residents were shown at the meeting, according to the organisers.</p>
      <p>Related costs, such as heating, are included in that figure.</p>
      <p>Related: the council said it would <a href="/r">publish the report</a> next week, after months of delay.</p>
      <p>Powered by volunteers, the Saturday homework club has grown every year.</p>
      <p>Powered by <a href="/s">solar panels</a>, the plant now supplies a third of the town's power.</p>
      <p>Read more about <a href="/t">the meeting</a> and what experts expect from it next.</p>
      <p>The report, <a href="/u">published Monday</a>, cites <a href="/v">two earlier studies</a>.</p>
      <p>The vote, held on <time datetime="2026-03-03">March 3</time>, was the closest in years.</p>
    `);
    expect(sentences.filter(([, reason]) => reason !== null)).toEqual([]);
    expect(sentences).toHaveLength(14);
  });

  it("removes captions of photos before reading, and keeps the caption of a quote", () => {
    const document = documentOf(`
      <figure><img src="a.jpg"><figcaption>Commuters waited on Main Street. Credit...Jane Park</figcaption></figure>
      <div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">The reading room on a Saturday.</p></div>
      <div class="photo-credit">Photo by BOB LEE</div>
      <figure class="wp-block-pullquote"><blockquote><p>Every minute counts.</p></blockquote><figcaption>Chief Ray Dunn</figcaption></figure>
      <div class="caption-text">${"A caption far too long to be one. ".repeat(20)}</div>
      <p class="captioned-story">The article text stays.</p>
    `);
    removeMediaCaptions(document);
    const left = (document.body.textContent ?? "").replace(/\s+/g, " ").trim();
    expect(left).toBe(
      `Every minute counts.Chief Ray Dunn ${"A caption far too long to be one. ".repeat(20).trim()} The article text stays.`,
    );
  });
});
