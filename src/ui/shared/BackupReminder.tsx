import { useLiveQuery } from "dexie-react-hooks";
import { useState } from "react";
import { needsBackupReminder } from "../../model/backup";
import { readBackupState } from "../../store/meta";
import { exportEverything } from "../export/exportActions";
import { useStorage } from "./storage";

/** Asks for a full export when a week of work exists only in this browser. */
export function BackupReminder() {
  const storage = useStorage();
  const db = storage.state === "ready" ? storage.db : null;
  const state = useLiveQuery(async () => (db ? readBackupState(db) : null), [db]);
  const [error, setError] = useState<string | null>(null);
  if (!db || !state || !needsBackupReminder(state, new Date())) return null;
  const last = state.lastFullExportAt ? new Date(state.lastFullExportAt).toLocaleDateString("en") : null;
  return (
    <section className="banner banner-warning" aria-label="Backup reminder">
      <strong>Time for a backup.</strong>{" "}
      {last ? `Your last full export was on ${last}` : "You have never exported everything"}, and your
      annotations have changed since. They live only in this browser.{" "}
      <button
        type="button"
        onClick={() =>
          exportEverything(db).then(
            () => setError(null),
            (e: unknown) => setError(String(e)),
          )
        }
      >
        Export everything now
      </button>
      {error ? <span className="file-error"> Export failed: {error}</span> : null}
    </section>
  );
}
