import "prosemirror-view/style/prosemirror.css";
import "../../src/ui/styles.css";
import "@recogito/text-annotator/text-annotator.css";
import "./text-annotator.css";
import {
  createTextAnnotator,
  rangeToSelector,
  type TextAnnotation,
  type TextSelector,
} from "@recogito/text-annotator";
import { paragraphIndexAt, paragraphsOf, textOffsets, type Utf16 } from "../../src/model/text";
import type { Annotation, Tag } from "../../src/model/types";
import { articleIdOfPage, readerLayout, readStoredArticle } from "./storedArticle";

// Baseline: @recogito/text-annotator (default spans renderer) drawing the same stored annotations on
// the same text in the same layout. Key 1 tags the selection through its public API, as an app built on
// it would, so that tagging is timed from the same key press as in the app.
const { article, annotations } = await readStoredArticle(articleIdOfPage(), true);
const mount = readerLayout(article.title);
const container = document.createElement("div");
container.className = "article-text ta-text";
const fragment = document.createDocumentFragment();
let at = 0;
for (const p of paragraphsOf(article.text)) {
  // Every paragraph is one text node (the Ranges below rely on it).
  if (p.start > at) fragment.append(article.text.slice(at, p.start));
  const element = document.createElement("p");
  if (p.blankBefore) element.className = "gap-before";
  element.textContent = article.text.slice(p.start, p.end);
  fragment.append(element);
  at = p.end;
}
if (at < article.text.length) fragment.append(article.text.slice(at));
container.append(fragment);
mount.append(container);

const FILL: Record<Tag, `#${string}`> = {
  quote: "#ffcd28",
  claim: "#50a0ff",
  statistic: "#3cbe78",
  speaker: "#c86ee6",
};
const tagOf = (a: { bodies: { purpose?: string; value?: string }[] }): Tag =>
  (a.bodies.find((b) => b.purpose === "tagging")?.value as Tag | undefined) ?? "quote";

const annotator = createTextAnnotator(container, {
  style: (a) => ({ fill: FILL[tagOf(a)], fillOpacity: 0.35 }),
});

function toTextAnnotation(id: string, tag: Tag, selector: TextSelector): TextAnnotation {
  const created = new Date();
  return {
    id,
    bodies: [{ id: `${id}-tag`, annotation: id, purpose: "tagging", value: tag, created }],
    target: { annotation: id, selector: [selector], created },
  };
}

// Each annotation is given its DOM Range, built here from the paragraphs' text nodes by a binary search.
// Given only offsets, text-annotator finds each Range by walking the text from the start (a trial run:
// about 35 s for 10,000 annotations); that is its documented path, but an integration can avoid it,
// and the baseline should be the fastest use of the library, not the slowest.
const paragraphs = paragraphsOf(article.text);
const paragraphNodes = Array.from(container.querySelectorAll("p"), (p) => p.firstChild as Text);
function boundary(offset: Utf16, isEnd: boolean): [Node, number] {
  let i = paragraphIndexAt(paragraphs, offset);
  // An end on a line break belongs to the paragraph before it.
  if (isEnd && i > 0 && (paragraphs[i]?.start ?? Number.POSITIVE_INFINITY) >= offset) i--;
  const p = paragraphs[Math.min(i, paragraphs.length - 1)] as (typeof paragraphs)[number];
  const node = paragraphNodes[Math.min(i, paragraphNodes.length - 1)] as Text;
  return [node, Math.max(0, Math.min(p.end, offset) - p.start)];
}
function selectorOf(a: Annotation): TextSelector {
  const start = offsets.toUtf16(a.start);
  const end = offsets.toUtf16(a.end);
  const range = document.createRange();
  range.setStart(...boundary(start, false));
  range.setEnd(...boundary(end, true));
  return { quote: a.exact, start, end, range };
}

const offsets = textOffsets(article.text);
annotator.setAnnotations(annotations.map((a) => toTextAnnotation(a.id, a.tag, selectorOf(a))));

const known = new Set(annotations.map((a) => a.id));
document.addEventListener("keydown", (event) => {
  if (event.key !== "1") return;
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
  const selector = rangeToSelector(selection.getRangeAt(0), container);
  const id = crypto.randomUUID();
  known.add(id);
  annotator.addAnnotation(toTextAnnotation(id, "quote", selector));
  selection.removeAllRanges();
});

/** For the benchmark: the ids the annotator holds, so a new highlight can be told from a redrawn one. */
Object.assign(window, { benchAnnotationIds: () => [...known] });
