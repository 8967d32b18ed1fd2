import { downloadFile } from "../shared/download";
import { MOD } from "../shared/keyboard";
import { useWrites } from "./WritesProvider";

/**
 * Writes the browser refused (storage full, database closed, another error), each with Retry, a download
 * of what was not saved, and Discard. A refused write never leaves half a change: each is one transaction.
 */
export function PendingWrites() {
  const { pending, retry, dismiss } = useWrites();
  if (pending.length === 0) return null;
  return (
    <div className="pending-writes">
      {pending.map((write) => (
        <div key={write.id} className="pending-write" role="alert">
          <p>
            <strong>Not saved: could not {write.what}.</strong> {write.error}. The change is kept on this page
            until you retry or download it.
          </p>
          <div className="editor-buttons">
            <button type="button" onClick={() => void retry(write)}>
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

/** The page's status line: what the last write, undo or redo did. */
export function WriteStatus({ children }: { children?: React.ReactNode }) {
  const { status } = useWrites();
  return (
    <p className="status" role="status" aria-live="polite">
      {status}
      {children}
    </p>
  );
}

/** Undo and Redo buttons, titled with what they would undo or redo. */
export function UndoButtons() {
  const { undo, redo, undoStep, redoStep } = useWrites();
  return (
    <div className="undo-buttons">
      <button
        type="button"
        onClick={() => void undo()}
        disabled={!undoStep}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={undoStep ? `Undo ${undoStep.label} (${MOD}+Z)` : "Nothing to undo"}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={() => void redo()}
        disabled={!redoStep}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        title={redoStep ? `Redo ${redoStep.label} (${MOD}+Shift+Z)` : "Nothing to redo"}
      >
        Redo
      </button>
    </div>
  );
}
