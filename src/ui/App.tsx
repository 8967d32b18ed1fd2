import { useEffect } from "react";
import type { CodePointSpan } from "../model/text";
import { AgreementPage } from "./agreement/AgreementPage";
import { CuratePage } from "./curation/CuratePage";
import { Library } from "./library/Library";
import { Reader } from "./reader/Reader";
import { BackupReminder } from "./shared/BackupReminder";
import { ErrorBoundary } from "./shared/ErrorBoundary";
import { ErrorLogPanel } from "./shared/ErrorLogPanel";
import { ErrorLogProvider, useErrorLog } from "./shared/errorLog";
import { useArticle, useArticleAnnotations } from "./shared/queries";
import { type Route, useHashRoute } from "./shared/routes";
import { StorageBanner } from "./shared/StorageBanner";
import { StorageProvider, useStorage } from "./shared/storage";
import { SpeakersPanel } from "./speakers/SpeakersPanel";
import { PendingWrites } from "./writes/PendingWrites";
import { useWrites, WritesProvider } from "./writes/WritesProvider";

export function App() {
  return (
    <ErrorLogProvider>
      <StorageProvider>
        <WritesProvider>
          <StorageBanner />
          <BackupReminder />
          <Routed />
          <ErrorLogPanel />
        </WritesProvider>
      </StorageProvider>
    </ErrorLogProvider>
  );
}

function Routed() {
  const route = useHashRoute();
  const { report } = useErrorLog();
  const { announce } = useWrites();
  const routeKey = JSON.stringify(route);
  // What the last page said is not news on the next one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the page changes.
  useEffect(() => announce(""), [routeKey]);
  return (
    <ErrorBoundary resetKey={routeKey} onError={(error) => report(error, "View crashed")}>
      <Page route={route} />
    </ErrorBoundary>
  );
}

function Page({ route }: { route: Route }) {
  const storage = useStorage();
  // The database was closed for a newer version in another tab: no view can read or save any more,
  // so none is shown (the banner says to reload), only the writes that could not be saved.
  if (storage.state === "superseded") {
    return (
      <main className="page">
        <PendingWrites />
      </main>
    );
  }
  if (route.page === "library") return <Library />;
  if (route.page === "agreement") return <AgreementPage />;
  if (route.page === "curate") return <CuratePage articleId={route.articleId} />;
  if (route.page === "speakers") return <SpeakersPanel speakerId={route.speakerId} />;
  return (
    <ArticlePage
      articleId={route.articleId}
      annotationId={route.annotationId}
      at={route.at}
      layers={route.layers}
    />
  );
}

function ArticlePage({
  articleId,
  annotationId,
  at,
  layers,
}: {
  articleId: string;
  annotationId?: string | undefined;
  at?: CodePointSpan | undefined;
  layers?: string | undefined;
}) {
  const article = useArticle(articleId);
  // The annotations are read once the article's text has been drawn (see useArticleAnnotations).
  const annotations = useArticleAnnotations(articleId, Boolean(article));
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
      key={`${article.id}/${annotationId ?? ""}/${at ? `${at.start}-${at.end}` : ""}`}
      article={article}
      annotations={annotations}
      focusAnnotationId={annotationId}
      focusSpan={at}
      openLayers={layers}
    />
  );
}
