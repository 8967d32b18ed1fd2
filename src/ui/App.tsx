import { bundledArticles } from "./bundledArticles";
import { Library } from "./Library";
import { Reader } from "./Reader";
import { StorageBanner } from "./StorageBanner";
import { StorageProvider } from "./storage";
import { useHashRoute } from "./useHashRoute";

export function App() {
  const route = useHashRoute();
  const article =
    route.page === "article" ? bundledArticles.find((a) => a.id === route.articleId) : undefined;
  return (
    <StorageProvider>
      <StorageBanner />
      {route.page === "library" ? (
        <Library />
      ) : article ? (
        <Reader key={article.id} article={article} />
      ) : (
        <main className="page">
          <h1>Article not found</h1>
          <p>
            There is no article “{route.articleId}” in the library. <a href="#/">Back to the library</a>
          </p>
        </main>
      )}
    </StorageProvider>
  );
}
