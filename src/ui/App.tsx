import { BackupReminder } from "./BackupReminder";
import { ErrorBoundary } from "./ErrorBoundary";
import { ErrorLogPanel, ErrorLogProvider, useErrorLog } from "./errorLog";
import { Library } from "./Library";
import { useArticle, useArticleAnnotations } from "./queries";
import { Reader } from "./Reader";
import { SpeakersPanel } from "./SpeakersPanel";
import { StorageBanner } from "./StorageBanner";
import { StorageProvider } from "./storage";
import { type Route, useHashRoute } from "./useHashRoute";

export function App() {
  return (
    <ErrorLogProvider>
      <StorageProvider>
        <StorageBanner />
        <BackupReminder />
        <Routed />
        <ErrorLogPanel />
      </StorageProvider>
    </ErrorLogProvider>
  );
}

function Routed() {
  const route = useHashRoute();
  const { report } = useErrorLog();
  return (
    <ErrorBoundary resetKey={JSON.stringify(route)} onError={(error) => report(error, "View crashed")}>
      <Page route={route} />
    </ErrorBoundary>
  );
}

function Page({ route }: { route: Route }) {
  if (route.page === "library") return <Library />;
  if (route.page === "speakers") return <SpeakersPanel speakerId={route.speakerId} />;
  return <ArticlePage articleId={route.articleId} annotationId={route.annotationId} />;
}

function ArticlePage({ articleId, annotationId }: { articleId: string; annotationId?: string | undefined }) {
  const article = useArticle(articleId);
  // Read here, beside the article rather than after it, so both reads run at once.
  const annotations = useArticleAnnotations(articleId);
  if (article === undefined) return <p className="loading page">Loading…</p>;
  if (article === null) {
    return (
      <main className="page">
        <h1>Article not found</h1>
        <p>
          There is no article “{articleId}” in the library. <a href="#/">Back to the library</a>
        </p>
      </main>
    );
  }
  return (
    <Reader
      key={`${article.id}/${annotationId ?? ""}`}
      article={article}
      annotations={annotations}
      focusAnnotationId={annotationId}
    />
  );
}
