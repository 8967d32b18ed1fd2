import { useCallback, useState } from "react";
import { describeStorageError } from "../../store/open";
import { downloadFile } from "../shared/download";

interface PendingWrite {
  id: number;
  what: string;
  error: string;
  /** What the user asked to save, kept in the page so it can be retried or taken away as a file. */
  data: unknown;
  run(): Promise<unknown>;
}

let nextId = 1;

/**
 * Writes that failed (storage full, database closed, another error) are kept with their data until they
 * succeed on retry or the user downloads them; a failed write never leaves half a change, because each
 * store operation is one transaction.
 */
export function usePendingWrites(report: (error: unknown, context: string) => void) {
  const [pending, setPending] = useState<PendingWrite[]>([]);

  const attempt = useCallback(
    async (what: string, run: () => Promise<unknown>, data: unknown = null): Promise<boolean> => {
      try {
        await run();
        return true;
      } catch (error) {
        report(error, `Could not ${what}`);
        setPending((list) => [
          ...list,
          { id: nextId++, what, error: describeStorageError(error), data, run },
        ]);
        return false;
      }
    },
    [report],
  );

  const retry = useCallback(
    async (write: PendingWrite) => {
      try {
        await write.run();
        setPending((list) => list.filter((w) => w.id !== write.id));
      } catch (error) {
        report(error, `Could not ${write.what} (retry)`);
        setPending((list) =>
          list.map((w) => (w.id === write.id ? { ...w, error: describeStorageError(error) } : w)),
        );
      }
    },
    [report],
  );

  const dismiss = useCallback((id: number) => setPending((list) => list.filter((w) => w.id !== id)), []);

  return { pending, attempt, retry, dismiss };
}

export function PendingWrites({
  pending,
  retry,
  dismiss,
}: {
  pending: readonly PendingWrite[];
  retry(write: PendingWrite): void;
  dismiss(id: number): void;
}) {
  if (pending.length === 0) return null;
  return (
    <div className="pending-writes" role="alert">
      {pending.map((write) => (
        <div key={write.id} className="pending-write">
          <p>
            <strong>Not saved: could not {write.what}.</strong> {write.error}. The change is kept on this page
            until you retry or download it.
          </p>
          <div className="editor-buttons">
            <button type="button" onClick={() => retry(write)}>
              Retry
            </button>
            <button
              type="button"
              onClick={() =>
                downloadFile(
                  `quote-annotator-unsaved-${write.id}.json`,
                  `${JSON.stringify({ unsaved: write.what, data: write.data }, null, 2)}\n`,
                )
              }
            >
              Download unsaved change
            </button>
            <button type="button" onClick={() => dismiss(write.id)}>
              Discard
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
