import "prosemirror-view/style/prosemirror.css";
import "../../src/ui/styles.css";
import { EditorState } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { articleDocument } from "../../src/editor/schema";
import { articleIdOfPage, readerLayout, readStoredArticle } from "./storedArticle";

// Baseline: the same stored article in the same document shape and layout as the app, shown by a
// plain EditorView with no plugins and no highlights. What the app adds on top is the ratio to this.
const { article } = await readStoredArticle(articleIdOfPage(), false);
const mount = readerLayout(article.title);
const { doc } = articleDocument(article.text);
new EditorView(mount, {
  state: EditorState.create({ doc }),
  attributes: { class: "article-text", "aria-label": `Article text: ${article.title}` },
});
