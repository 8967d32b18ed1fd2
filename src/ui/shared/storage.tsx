import { createContext, useContext, useEffect, useState } from "react";
import { openAnnotatorDatabase, type StorageStatus } from "../../store/open";

const StorageContext = createContext<StorageStatus>({ state: "opening" });

let opening: Promise<StorageStatus> | null = null;

export function StorageProvider({ children }: { children: React.ReactNode }) {
  const [status, setStatus] = useState<StorageStatus>({ state: "opening" });
  useEffect(() => {
    let live = true;
    // One database for the page, even when StrictMode runs this effect twice.
    opening ??= openAnnotatorDatabase();
    opening.then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, []);
  return <StorageContext.Provider value={status}>{children}</StorageContext.Provider>;
}

export function useStorage(): StorageStatus {
  return useContext(StorageContext);
}
