import type { Node as ProseMirrorNode } from "prosemirror-model";
import type { NodeView } from "prosemirror-view";

/** Characters on a line of the reader's column (70ch of a proportional font holds a few more). */
const CHARS_PER_LINE = 80;

/**
 * The element of a section (see schema.ts). The stylesheet lets the browser skip laying out and painting
 * sections far from the viewport (`content-visibility: auto`), which makes opening a long article cost
 * what its first screens cost; until a section has been laid out once, its height is this estimate in
 * lines, so the scroll bar is close to right from the start.
 */
export function sectionView(node: ProseMirrorNode): NodeView {
  const dom = document.createElement("div");
  // A section with parts of a long paragraph flows inline and is always laid out (see styles.css).
  if (node.attrs.inline) {
    dom.className = "section section-inline";
    return { dom, contentDOM: dom };
  }
  let lines = 0;
  node.forEach((paragraph) => {
    lines += Math.max(1, Math.ceil(paragraph.textContent.length / CHARS_PER_LINE));
    if (paragraph.attrs.blankBefore) lines += 0.6;
  });
  dom.className = "section";
  // Set through the CSSOM: the Content-Security-Policy refuses style attributes.
  dom.style.setProperty("contain-intrinsic-size", `auto ${Math.ceil(lines)}lh`);
  return {
    dom,
    contentDOM: dom,
    // The browser's own bookkeeping of a skipped section is no change to the document.
    ignoreMutation: (mutation) => mutation.type === "attributes" && mutation.target === dom,
  };
}
