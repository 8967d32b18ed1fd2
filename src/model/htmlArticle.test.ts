import { readFileSync } from "node:fs";
import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { articleTextFromFile } from "./articleImport";

const parseHtml = (html: string): Document => {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, "text/html") as unknown as Document;
};
const page = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/pages/${name}`, import.meta.url)));

/** What a saved page becomes: its title, its paragraphs, and what the page says about itself. */
function imported(name: string, bytes: Uint8Array = page(name)) {
  const result = articleTextFromFile(name, bytes, parseHtml);
  if (!result.ok) throw new Error(result.error);
  const paragraphs = result.text.trimEnd().split("\n\n");
  expect(paragraphs[0]).toBe(result.title);
  return { title: result.title, body: paragraphs.slice(1), metadata: result.metadata };
}

describe("saved news pages", () => {
  it("a New York Times-style page: no 'Supported by', ads, captions, credits, 'Continue reading', related links or print notes", () => {
    expect(imported("nyt-style.html")).toEqual({
      title: "Riverton Council Approves Transit Plan After a Long Night of Debate",
      body: [
        "The $1.2 billion plan adds two bus lines and a light-rail spur, but opponents say the city cannot afford it.",
        "RIVERTON, N.Y. — After more than six hours of testimony that stretched past midnight, the Riverton City Council voted 7 to 4 early Wednesday to approve a $1.2 billion transit plan that will add two bus lines and a light-rail spur to the city’s eastern neighborhoods.",
        "“This is the most important vote this council has taken in a generation,” said Councilwoman Aisha Grant, who sponsored the measure. “People on the east side have waited long enough for a bus that comes on time.”",
        "Opponents, led by Councilman Peter Hale, argued that the city could not afford the plan without raising property taxes. “We are promising a train we cannot pay for,” Mr. Hale said before the vote.",
        // Starts like a photo credit, and is a sentence of the article.
        "The plan will be paid for in part by a federal grant of $400 million, which the city expects to receive next year, and in part by bonds. Credit rating agencies have warned that the added debt could lower the city’s rating.",
        "Construction on the first bus line is expected to begin in the fall, with service starting in 2028. The light-rail spur, which requires state approval, would not open before 2031.",
        "Residents who packed the council chamber cheered when the vote was announced. Some had waited since the afternoon to speak.",
      ],
      metadata: {
        byline: "Maria Lopez, Daniel Okafor",
        publishedAt: "2026-03-04T10:15:32.000Z",
        siteName: "The New York Times",
        url: "https://www.nytimes.example/2026/03/04/nyregion/riverton-transit-plan.html",
      },
    });
  });

  it("a Reuters-style page: the site name leaves the title, the date line and the photo caption leave the text", () => {
    expect(imported("reuters-style.html")).toEqual({
      title: "Exporters brace for new port fees as shipping costs climb",
      body: [
        "LONDON, May 12 (Reuters) - Exporters across northern Europe are preparing for higher costs after three of the region's largest ports said they would add fees of up to 40 euros ($43) per container from July, citing rising energy and labour costs.",
        "The fees, announced on Monday by the ports of Hamburg, Rotterdam and Antwerp, come as freight rates on routes from Asia have risen for six straight weeks.",
        '"We will pass most of this on to our customers, there is no other way," said Lena Fischer, head of logistics at a machinery maker in Bremen. "Margins are already thin."',
        "A spokesperson for the Port of Rotterdam said the fee would fund new electric cranes and that the port had consulted shipping lines before the decision.",
        "Analysts at a Dutch bank estimated the fees would add less than 0.5% to the cost of a typical shipment, but said smaller exporters would feel it most.",
        // The article's own credit line stays: it is part of the story as published.
        "Reporting by Tom Baker; Additional reporting by Sara Jansen in Amsterdam; Editing by Mark Hill",
      ],
      metadata: {
        byline: "Tom Baker",
        publishedAt: "2026-05-12T08:30:00.000Z",
        siteName: "Reuters",
        url: "https://www.reuters.example/business/exporters-brace-new-port-fees-2026-05-12/",
      },
    });
  });

  it("a WordPress blog post: the author link is the byline, captions and 'Related:' go, look-alike sentences stay", () => {
    expect(imported("wordpress-blog.html")).toEqual({
      title: "Why our library is staying open later",
      body: [
        "From next month, the Riverside branch library will stay open until 9 p.m. on weekdays, two hours later than now. The change follows a survey in which more than 600 residents asked for evening hours.",
        "“Most of our members work until six,” said branch manager Helen Cho. “When we closed at seven, they had an hour, if the bus was on time.”",
        "Powered by volunteers, the Saturday homework club has grown every year since it started in 2019, and it will now run on Tuesday evenings too.",
        "The longer hours will cost about £40,000 a year, which the council has agreed to pay from its community fund. Related costs, such as heating, are included in that figure.",
        "If you have ideas for evening events, the library asks that you leave them at the front desk or write to the branch.",
      ],
      metadata: {
        byline: "Sam Reed",
        publishedAt: "2026-02-10T08:00:00.000Z",
        siteName: "Riverside Notes",
        url: "https://riversidenotes.example/2026/02/10/why-our-library-is-staying-open-later/",
      },
    });
  });

  it("a local paper's page: caption, photo credit and the audio player's 'Powered by' go, the reporter's contact line stays", () => {
    expect(imported("local-paper.html")).toEqual({
      title: "Fire station vote set for Tuesday",
      body: [
        "MILLBROOK — Voters will decide Tuesday whether the city should borrow $6.5 million to build a new fire station on the north side of town, where response times are the longest in the county.",
        "The current station on Oak Street was built in 1962 and is too small for the department's newest ladder truck, Chief Ray Dunn told the city council last month.",
        '"Every minute counts when a house is on fire," Dunn said. "Right now, a call from the north side takes us nine minutes to reach."',
        "If approved, the bond would add about $48 a year to the property tax bill of a home valued at $200,000, according to the county auditor.",
        "Polls open at 7 a.m. and close at 7 p.m. Voters can find their polling place on the county election board's website.",
        "Jane Smith can be reached at 555-0142 or by email.",
      ],
      metadata: {
        byline: "Jane Smith",
        publishedAt: "2026-03-03T11:00:00.000Z",
        siteName: "Millbrook Gazette",
        url: "https://www.millbrookgazette.example/news/local/fire-station-vote-set-for-tuesday/article_5d2c9e1a.html",
      },
    });
  });
});

const BODY = `<article><h1>Talks resume at the border</h1>
<p>Officials from both countries met on Tuesday to discuss migration, trade and security along the border, the first such meeting in months.</p>
<p>“We are making progress,” the minister said after the talks, which lasted four hours and ended without a joint statement.</p>
<p>More meetings are planned for the coming weeks as officials work through the remaining questions on trade.</p></article>`;
const html = (head: string, body = BODY) =>
  new TextEncoder().encode(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

describe("what a page says about itself", () => {
  it("drops a title's trailing site name or byline after | or a dash, and nothing else", () => {
    // A page without a headline element: the title is all there is to go by.
    const noHeadline = BODY.replace(/<h1>.*<\/h1>/, "");
    const titleOf = (title: string, meta = "", body = noHeadline) =>
      imported("p.html", html(`<title>${title}</title>${meta}`, body)).title;
    const site = '<meta property="og:site_name" content="The Border Times">';
    expect(titleOf("Talks resume at the border | The Border Times", site)).toBe("Talks resume at the border");
    expect(titleOf("Talks resume at the border - THE BORDER TIMES", site)).toBe("Talks resume at the border");
    expect(
      titleOf("Talks resume at the border | Ana Ruiz", '<meta name="author" content="By Ana Ruiz">'),
    ).toBe("Talks resume at the border");
    // The site's address stands for its name; a section name is not the site's and stays.
    expect(titleOf("Talks resume at the border | World | bordertimes.example", site)).toBe(
      "Talks resume at the border | World",
    );
    // Metadata titles are cut the same way.
    expect(
      titleOf(
        "x",
        `${site}<meta property="og:title" content="Talks resume at the border – The Border Times">`,
      ),
    ).toBe("Talks resume at the border");
    // Without a site name or byline to match, nothing is cut: the last part may be the headline's own.
    expect(titleOf("Talks resume - and stall - at the border")).toBe(
      "Talks resume - and stall - at the border",
    );
    expect(titleOf("Talks resume at the border | The Border Times")).toBe(
      "Talks resume at the border | The Border Times",
    );
    // The page's own headline shows where the title ends.
    expect(titleOf("Talks resume at the border | The Border Times", "", BODY)).toBe(
      "Talks resume at the border",
    );
  });

  it("takes the page address from the canonical link, og:url, or the note a browser leaves when saving", () => {
    const urlOf = (head: string, before = "") =>
      articleTextFromFile(
        "p.html",
        new TextEncoder().encode(
          `${before}<!doctype html><html><head>${head}</head><body>${BODY}</body></html>`,
        ),
        parseHtml,
      );
    expect(urlOf('<link rel="canonical" href="https://a.example/x">')).toMatchObject({
      metadata: { url: "https://a.example/x" },
    });
    expect(urlOf('<meta property="og:url" content="https://b.example/y">')).toMatchObject({
      metadata: { url: "https://b.example/y" },
    });
    // A relative canonical link is read against og:url.
    expect(
      urlOf(
        '<link rel="canonical" href="/story/1"><meta property="og:url" content="https://c.example/other">',
      ),
    ).toMatchObject({ metadata: { url: "https://c.example/story/1" } });
    expect(urlOf("", "<!-- saved from url=(0024)https://d.example/saved -->\n")).toMatchObject({
      metadata: { url: "https://d.example/saved" },
    });
    // Only web addresses: a link to a script or a file is no address of the article.
    for (const bad of ["javascript:alert(1)", "file:///home/me/page.html", "data:text/html,x"]) {
      const result = urlOf(`<link rel="canonical" href="${bad}">`);
      expect(result.ok && result.metadata).toEqual({});
    }
  });

  it("keeps a publication time only as the instant it names, in UTC", () => {
    const publishedAt = (value: string) => {
      const result = articleTextFromFile(
        "p.html",
        html(`<meta property="article:published_time" content="${value}">`),
        parseHtml,
      );
      return result.ok ? result.metadata.publishedAt : "refused";
    };
    expect(publishedAt("2026-03-04T05:15:32-05:00")).toBe("2026-03-04T10:15:32.000Z");
    // A date without a time, or a time without a zone, names no instant: left out rather than guessed.
    expect(publishedAt("2026-03-04")).toBeUndefined();
    expect(publishedAt("2026-03-04T05:15:32")).toBeUndefined();
    expect(publishedAt("yesterday")).toBeUndefined();
  });
});
