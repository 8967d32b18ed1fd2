import { useStorage } from "./storage";

export function StorageBanner() {
  const storage = useStorage();
  if (storage.state !== "unavailable") return null;
  return (
    <div className="banner banner-error" role="alert">
      <strong>Storage is unavailable, so annotations cannot be saved.</strong> You can still read every
      article. This browser refused its local database (a private window or a storage setting may cause this).{" "}
      <span className="banner-detail">{storage.error}</span>
    </div>
  );
}
