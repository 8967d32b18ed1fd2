import type { Annotation, Article, Speaker } from "../../src/model/types";

/** What a fixture file served under /fixtures/ holds for the app's database. */
export interface SeedPayload {
  articles: Article[];
  speakers: Speaker[];
  annotations: Annotation[];
}

/**
 * Replaces the articles, speakers and annotations in the app's IndexedDB database (created by the app on
 * its first load) with those of the fixture file at `url`, in one transaction, as another tab or an
 * import would have left them. Returns the number of annotations stored afterwards. Run from a page of
 * the app's origin in which the app is not open. Self-contained: Playwright sends its source to the page.
 */
export async function seedDatabase(url: string): Promise<number> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const data = (await response.json()) as SeedPayload;
  return new Promise((resolve, reject) => {
    const open = indexedDB.open("quote-annotator");
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      // An exception here would leave the promise pending and the benchmark waiting forever.
      try {
        const db = open.result;
        const stores = ["articles", "speakers", "annotations"] as const;
        const tx = db.transaction([...stores], "readwrite");
        for (const store of stores) tx.objectStore(store).clear();
        for (const article of data.articles) tx.objectStore("articles").put(article);
        for (const speaker of data.speakers) tx.objectStore("speakers").put(speaker);
        const annotations = tx.objectStore("annotations");
        for (const row of data.annotations) annotations.put(row);
        const count = annotations.count();
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

/** Deletes the app's database, as a fresh profile would lack it; the app creates it again on its next load. */
export function deleteAppDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase("quote-annotator");
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error("the app's database is still open in another page"));
  });
}

/** How many annotations the app's database holds. */
export function storedAnnotationCount(): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open("quote-annotator");
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const count = db.transaction("annotations", "readonly").objectStore("annotations").count();
      count.onsuccess = () => {
        db.close();
        resolve(count.result);
      };
      count.onerror = () => reject(count.error);
    };
  });
}
