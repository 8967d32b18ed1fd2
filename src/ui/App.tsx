import { Library } from "./library/Library";
import { Reader } from "./reader/Reader";
import { BackupReminder } from "./shared/BackupReminder";
import { ErrorBoundary } from "./shared/ErrorBoundary";
import { ErrorLogPanel, ErrorLogProvider, useErrorLog } from "./shared/errorLog";
import { useArticle, useArticleAnnotations } from "./shared/queries";
import { type Route, useHashRoute } from "./shared/routes";
import { StorageBanner } from "./shared/StorageBanner";
import { StorageProvider } from "./shared/storage";
import { SpeakersPanel } from "./speakers/SpeakersPanel";

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
