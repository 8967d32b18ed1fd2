import { useEffect, useState } from "react";
import { useStorage } from "../shared/storage";

interface Info {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

let persistRequest: Promise<boolean> | null = null;

/**
 * Asks the browser to keep this site's data (so it is not evicted under storage pressure) and shows
 * whether it agreed and how much is used.
 */
export function StorageInfo() {
  const storage = useStorage();
  const [info, setInfo] = useState<Info>({ persisted: null, usage: null, quota: null });
  useEffect(() => {
    if (storage.state !== "ready" || !navigator.storage) return;
    let live = true;
    persistRequest ??= navigator.storage
      .persisted()
      .then((already) => already || navigator.storage.persist());
    Promise.all([persistRequest.catch(() => false), navigator.storage.estimate().catch(() => null)]).then(
      ([persisted, estimate]) => {
        if (live) setInfo({ persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null });
      },
    );
    return () => {
      live = false;
    };
  }, [storage.state]);

  if (storage.state !== "ready") return null;
  return (
    <p className="storage-info">
      Saved in this browser.{" "}
      {info.persisted === null
        ? ""
        : info.persisted
          ? "Persistent storage granted: the browser will not clear it on its own."
          : "Persistent storage not granted: the browser may clear data when space runs low, so export regularly."}{" "}
      {info.usage !== null && info.quota !== null
        ? `${formatBytes(info.usage)} used of ${formatBytes(info.quota)}.`
        : ""}
    </p>
  );
}
