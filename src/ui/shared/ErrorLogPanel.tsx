import { useEffect, useRef, useState } from "react";
import { useErrorLog } from "./errorLog";

type Corner = "left" | "right";

/** Fields a person types into or presses: the log must never sit over one that has the focus. */
const FIELD = "input, textarea, select, button, summary, a[href]";

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * What went wrong this session, folded to a one-line badge in a bottom corner so that it covers no
 * control: the reader's sidebar (right) is sticky, so anything fixed over it would hide the note field
 * for good, while the article (left) scrolls out from under the badge (a spacer at the end of the page
 * leaves room for the last line). Opened, it lists every error with Copy for a bug report; focusing
 * anything outside folds it again, and a focused field the badge still covers sends it to the other
 * corner.
 */
export function ErrorLogPanel() {
  const { errors, clear } = useErrorLog();
  const [open, setOpen] = useState(false);
  const [corner, setCorner] = useState<Corner>("left");
  const [copied, setCopied] = useState(false);
  const panel = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const hasErrors = errors.length > 0;

  useEffect(() => {
    if (!hasErrors) return;
    let frame = 0;
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof Element) || panel.current?.contains(target)) return;
      setOpen(false);
      // Measured after the fold has been drawn: only the badge is left to move.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const badge = panel.current?.getBoundingClientRect();
        if (badge && target.matches(FIELD) && overlaps(badge, target.getBoundingClientRect())) {
          setCorner((side) => (side === "left" ? "right" : "left"));
        }
      });
    };
    document.addEventListener("focusin", onFocus);
    return () => {
      document.removeEventListener("focusin", onFocus);
      cancelAnimationFrame(frame);
    };
  }, [hasErrors]);

  if (!hasErrors) return null;
  const latest = errors[errors.length - 1];
  const count = errors.length === 1 ? "1 error" : `${errors.length} errors`;
  const text = errors.map((e) => `${e.at} ${e.message}`).join("\n");
  return (
    <>
      <div className="error-log-spacer" aria-hidden="true" />
      <section
        ref={panel}
        className={`error-log error-log-${corner}${open ? " open" : ""}`}
        aria-label="Error log"
        onKeyDown={(event) => {
          if (event.key !== "Escape" || !open) return;
          event.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }}
      >
        {open ? (
          <div className="error-log-body">
            <pre>{text}</pre>
            <button
              type="button"
              onClick={() =>
                navigator.clipboard?.writeText(text).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
        ) : null}
        <div className="error-log-bar">
          <button
            ref={toggle}
            type="button"
            className="error-log-toggle"
            aria-expanded={open}
            title={open ? "Hide the error log" : "Show the error log"}
            onClick={() => setOpen(!open)}
          >
            <strong>{count}</strong>
            <span className="error-log-latest">{latest?.message}</span>
          </button>
          <button
            type="button"
            onClick={() => {
              clear();
              setOpen(false);
            }}
          >
            Dismiss
          </button>
        </div>
      </section>
    </>
  );
}
