import { type Node as ProseMirrorNode, Schema } from "prosemirror-model";
import { paragraphsOf } from "../model/text";
import { type Block, blocksOf, PART_LENGTH } from "./blocks";

/**
 * The reader's document: one paragraph node per non-empty line of the article, holding that line's text
 * unchanged (a long line in several parts, drawn inline one after the other: see blocks.ts). No marks:
 * highlights are decorations, so the document is always exactly the article.
 *
 * Blocks are grouped in sections of a fixed count, which have no meaning for the reader. They keep
 * every update local: ProseMirror compares a node's children one by one on each change of decorations,
 * and the browser lays out a block's children again when one of them changes, so 5,000 paragraphs side
 * by side made each highlight cost tens of milliseconds; 150 sections of 32 take a few. A section that
 * holds parts of a long paragraph is drawn inline as well, so that the paragraph never breaks.
 */
export const PARAGRAPHS_PER_SECTION = 32;

export const readerSchema = new Schema({
  nodes: {
    doc: { content: "section*" },
    section: {
      content: "paragraph+",
      attrs: { inline: { default: false } },
      toDOM: (node) => ["div", { class: node.attrs.inline ? "section section-inline" : "section" }, 0],
    },
    paragraph: {
      content: "text*",
      attrs: { blankBefore: { default: false }, part: { default: "whole" } },
      toDOM: (node) => {
        const classes = [
          node.attrs.blankBefore ? "gap-before" : "",
          node.attrs.part === "whole" ? "" : `part part-${node.attrs.part}`,
        ];
        // The browser picks each paragraph's direction from its first strong character (Arabic, Hebrew).
        const attrs: Record<string, string> = { dir: "auto" };
        const className = classes.filter(Boolean).join(" ");
        if (className) attrs.class = className;
        return ["p", attrs, 0];
      },
    },
    text: {},
  },
});

export interface ArticleDocument {
  doc: ProseMirrorNode;
  /** The text's blocks in document order: what each paragraph node holds, in UTF-16 offsets. */
  blocks: Block[];
}

export function articleDocument(
  text: string,
  paragraphsPerSection = PARAGRAPHS_PER_SECTION,
  partLength = PART_LENGTH,
): ArticleDocument {
  const blocks = blocksOf(text, paragraphsOf(text), partLength);
  const nodes = blocks.map((b) =>
    readerSchema.node("paragraph", { blankBefore: b.blankBefore, part: b.part }, [
      readerSchema.text(text.slice(b.start, b.end)),
    ]),
  );
  const sections: ProseMirrorNode[] = [];
  for (let i = 0; i < nodes.length; i += paragraphsPerSection) {
    const inline = blocks.slice(i, i + paragraphsPerSection).some((b) => b.part !== "whole");
    sections.push(readerSchema.node("section", { inline }, nodes.slice(i, i + paragraphsPerSection)));
  }
  return { doc: readerSchema.node("doc", null, sections), blocks };
}
