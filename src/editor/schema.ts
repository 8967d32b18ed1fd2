import { type Node as ProseMirrorNode, Schema } from "prosemirror-model";
import { type Paragraph, paragraphsOf } from "../model/text";

/**
 * The reader's document: one paragraph node per non-empty line of the article, holding that line's text
 * unchanged. No marks: highlights are decorations, so the document is always exactly the article.
 *
 * Paragraphs are grouped in sections of a fixed count, which have no meaning for the reader. They keep
 * every update local: ProseMirror compares a node's children one by one on each change of decorations,
 * and the browser lays out a block's children again when one of them changes, so 5,000 paragraphs side
 * by side made each highlight cost tens of milliseconds; 150 sections of 32 take a few.
 */
export const PARAGRAPHS_PER_SECTION = 32;

export const readerSchema = new Schema({
  nodes: {
    doc: { content: "section*" },
    section: {
      content: "paragraph+",
      toDOM: () => ["div", { class: "section" }, 0],
    },
    paragraph: {
      content: "text*",
      attrs: { blankBefore: { default: false } },
      // dir="auto": each paragraph takes its direction from its first strong letter, so an Arabic or
      // Hebrew paragraph reads right to left beside English ones. An attribute, not a style, so the
      // Content-Security-Policy (style-src 'self') has nothing to refuse.
      toDOM: (node) => [
        "p",
        node.attrs.blankBefore ? { class: "gap-before", dir: "auto" } : { dir: "auto" },
        0,
      ],
    },
    text: {},
  },
});

export interface ArticleDocument {
  doc: ProseMirrorNode;
  paragraphs: Paragraph[];
}

export function articleDocument(
  text: string,
  paragraphsPerSection = PARAGRAPHS_PER_SECTION,
): ArticleDocument {
  const paragraphs = paragraphsOf(text);
  const nodes = paragraphs.map((p) =>
    readerSchema.node("paragraph", { blankBefore: p.blankBefore }, [
      readerSchema.text(text.slice(p.start, p.end)),
    ]),
  );
  const sections: ProseMirrorNode[] = [];
  for (let i = 0; i < nodes.length; i += paragraphsPerSection)
    sections.push(readerSchema.node("section", null, nodes.slice(i, i + paragraphsPerSection)));
  return { doc: readerSchema.node("doc", null, sections), paragraphs };
}
