import { bundledArticles } from "./bundledArticles";
import { Library } from "./Library";
import { Reader } from "./Reader";
import { SpeakersPanel } from "./SpeakersPanel";
import { StorageBanner } from "./StorageBanner";
import { StorageProvider } from "./storage";
import { type Route, useHashRoute } from "./useHashRoute";

export function App() {
  const route = useHashRoute();
  return (
    <StorageProvider>
      <StorageBanner />
      <Page route={route} />
    </StorageProvider>
  );
}

function Page({ route }: { route: Route }) {
  if (route.page === "library") return <Library />;
  if (route.page === "speakers") return <SpeakersPanel speakerId={route.speakerId} />;
  const article = bundledArticles.find((a) => a.id === route.articleId);
  if (!article) {
    return (
      <main className="page">
        <h1>Article not found</h1>
        <p>
          There is no article “{route.articleId}” in the library. <a href="#/">Back to the library</a>
        </p>
      </main>
    );
  }
  return (
    <Reader
      key={`${article.id}/${route.annotationId ?? ""}`}
      article={article}
      focusAnnotationId={route.annotationId}
    />
  );
}
