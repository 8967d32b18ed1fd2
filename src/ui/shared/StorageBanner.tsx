import { useStorage } from "./storage";

/** What keeps the database from this tab, and what to do about it. */
export function StorageBanner() {
  const storage = useStorage();
  if (storage.state === "unavailable") {
    return (
      <div className="banner banner-error" role="alert">
        <strong>Storage is unavailable, so annotations cannot be saved.</strong> You can still read every
        article. This browser refused its local database (a private window or a storage setting may cause
        this). <span className="banner-detail">{storage.error}</span>
      </div>
    );
  }
  if (storage.state === "blocked") {
    return (
      <div className="banner banner-warning" role="alert">
        <strong>Close the other tabs of Quote Annotator to finish updating.</strong> This version updates how
        your annotations are stored, and another tab still has them open with an older version. The update
        runs as soon as that tab is closed or reloaded; meanwhile you can read the articles.
      </div>
    );
  }
  if (storage.state === "superseded") {
    return (
      <div className="banner banner-warning" role="alert">
        <strong>A newer version was opened in another tab; reload.</strong> This tab has let go of your
        annotations so that the newer version can update them; everything saved is kept.{" "}
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
  return null;
}
