import { type Node as ProseMirrorNode, Schema } from "prosemirror-model";
import { type Paragraph, paragraphsOf } from "../model/text";

/**
 * The reader's document: one paragraph node per non-empty line of the article, holding that line's text
 * unchanged. No marks: highlights are decorations, so the document is always exactly the article.
 */
export const readerSchema = new Schema({
  nodes: {
    doc: { content: "paragraph*" },
    paragraph: {
      content: "text*",
      attrs: { blankBefore: { default: false } },
      toDOM: (node) => ["p", node.attrs.blankBefore ? { class: "gap-before" } : {}, 0],
    },
    text: {},
  },
});

export interface ArticleDocument {
  doc: ProseMirrorNode;
  paragraphs: Paragraph[];
}

export function articleDocument(text: string): ArticleDocument {
  const paragraphs = paragraphsOf(text);
  const doc = readerSchema.node(
    "doc",
    null,
    paragraphs.map((p) =>
      readerSchema.node("paragraph", { blankBefore: p.blankBefore }, [
        readerSchema.text(text.slice(p.start, p.end)),
      ]),
    ),
  );
  return { doc, paragraphs };
}
