import { useId, useRef } from "react";
import { EXPORT_FORMAT_HINTS, EXPORT_FORMAT_LABELS, type ExportFormat } from "./exportActions";

/** The other export formats, one click away from the main export button; the menu closes on choice. */
export function ExportMenu({
  onExport,
  disabled,
}: {
  onExport(format: ExportFormat): void;
  disabled: boolean;
}) {
  const menu = useRef<HTMLDetailsElement>(null);
  const id = useId();
  return (
    <details className="export-menu" ref={menu}>
      <summary>More formats</summary>
      <div className="export-menu-items">
        {(["w3c", "csv", "csv-raw", "brat"] as const).map((format) => (
          <div key={format} className="export-menu-item">
            <button
              type="button"
              disabled={disabled}
              aria-describedby={`${id}-${format}`}
              onClick={() => {
                if (menu.current) menu.current.open = false;
                onExport(format);
              }}
            >
              Export {EXPORT_FORMAT_LABELS[format]}
            </button>
            <span className="export-menu-hint" id={`${id}-${format}`}>
              {EXPORT_FORMAT_HINTS[format]}
            </span>
          </div>
        ))}
      </div>
    </details>
  );
}
