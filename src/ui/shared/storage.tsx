import { createContext, useContext, useEffect, useState } from "react";
import { openAnnotatorDatabase, type StorageStatus } from "../../store/open";

const StorageContext = createContext<StorageStatus>({ state: "opening" });

// One database for the page, even when StrictMode runs the provider's effect twice: its status lives
// here, and every mounted provider follows it.
let status: StorageStatus = { state: "opening" };
let started = false;
const followers = new Set<(status: StorageStatus) => void>();

function publish(next: StorageStatus) {
  status = next;
  for (const follow of followers) follow(next);
}

export function StorageProvider({ children }: { children: React.ReactNode }) {
  const [shown, setShown] = useState<StorageStatus>(status);
  useEffect(() => {
    followers.add(setShown);
    setShown(status);
    if (!started) {
      started = true;
      void openAnnotatorDatabase(undefined, {
        // Only while opening: a late event never hides a database that has opened since.
        onBlocked: () => {
          if (status.state === "opening") publish({ state: "blocked" });
        },
        onSuperseded: () => publish({ state: "superseded" }),
      }).then((opened) => {
        // A newer version elsewhere may have closed the database before this callback ran.
        if (status.state !== "superseded") publish(opened);
      });
    }
    return () => {
      followers.delete(setShown);
    };
  }, []);
  return <StorageContext.Provider value={shown}>{children}</StorageContext.Provider>;
}

export function useStorage(): StorageStatus {
  return useContext(StorageContext);
}
