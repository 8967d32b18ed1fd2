import type { Annotation, Article, Speaker } from "../../src/model/types";

/**
 * Writes the benchmark's article, speakers and annotations straight into the app's IndexedDB database
 * (created by the app on its first load), as another tab or an import would have left them. Returns the
 * number of annotations of the article afterwards. Self-contained: Playwright sends its source to the page.
 */
export function seedDatabase(data: {
  article: Article;
  speakers: Speaker[];
  annotations: Annotation[];
}): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open("quote-annotator");
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      // An exception here would leave the promise pending and the benchmark waiting forever.
      try {
        const db = open.result;
        const tx = db.transaction(["articles", "speakers", "annotations"], "readwrite");
        const annotations = tx.objectStore("annotations");
        annotations.clear();
        tx.objectStore("articles").put(data.article);
        for (const speaker of data.speakers) tx.objectStore("speakers").put(speaker);
        for (const row of data.annotations) annotations.put(row);
        const id = data.article.id;
        const count = annotations
          .index("[articleId+start]")
          .count(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
        tx.oncomplete = () => {
          db.close();
          resolve(count.result);
        };
        tx.onerror = () => reject(tx.error);
      } catch (error) {
        reject(error);
      }
    };
  });
}
