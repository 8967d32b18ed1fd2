import type { Annotation, Article } from "../../src/model/types";

/**
 * The baselines read the article and its annotations from the app's own database, written there by the
 * benchmark before it opens any page, so that every contender starts from the same stored data.
 */
const DATABASE = "quote-annotator";

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** The stored article, and its annotations when `withAnnotations` (plain ProseMirror reads none). */
export async function readStoredArticle(
  articleId: string,
  withAnnotations: boolean,
): Promise<{ article: Article; annotations: Annotation[] }> {
  const db = await request(indexedDB.open(DATABASE));
  try {
    const tx = db.transaction(["articles", "annotations"], "readonly");
    const [article, annotations] = await Promise.all([
      request(tx.objectStore("articles").get(articleId)) as Promise<Article | undefined>,
      withAnnotations
        ? (request(
            tx
              .objectStore("annotations")
              .index("[articleId+start]")
              .getAll(IDBKeyRange.bound([articleId, -Infinity], [articleId, Infinity])),
          ) as Promise<Annotation[]>)
        : Promise.resolve([]),
    ]);
    if (!article) throw new Error(`article ${articleId} is not in the database`);
    return { article, annotations };
  } finally {
    db.close();
  }
}

/** The article id a baseline page shows, from `?article=`. */
export function articleIdOfPage(): string {
  const id = new URLSearchParams(location.search).get("article");
  if (!id) throw new Error("the page needs ?article=<id>");
  return id;
}

/** The reader's layout (header, text column, sidebar column) so the text wraps exactly as in the app. */
export function readerLayout(title: string): HTMLElement {
  const root = document.getElementById("root");
  if (!root) throw new Error("the page has no #root");
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Node[]) => {
    const created = document.createElement(tag);
    created.className = className;
    created.append(...children);
    return created;
  };
  const heading = element("h1", "reader-title");
  heading.textContent = title;
  const mount = element("div", "article-mount");
  root.append(
    element(
      "div",
      "reader",
      element("header", "reader-header", heading),
      element("div", "reader-body", element("main", "reader-main", mount), element("aside", "sidebar")),
    ),
  );
  return mount;
}
