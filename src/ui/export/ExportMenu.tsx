import { useRef } from "react";
import { EXPORT_FORMAT_LABELS, type ExportFormat } from "./exportActions";

/** The other export formats, one click away from the main export button; the menu closes on choice. */
export function ExportMenu({
  onExport,
  disabled,
}: {
  onExport(format: ExportFormat): void;
  disabled: boolean;
}) {
  const menu = useRef<HTMLDetailsElement>(null);
  return (
    <details className="export-menu" ref={menu}>
      <summary>More formats</summary>
      <div className="export-menu-items">
        {(["w3c", "csv"] as const).map((format) => (
          <button
            key={format}
            type="button"
            disabled={disabled}
            onClick={() => {
              if (menu.current) menu.current.open = false;
              onExport(format);
            }}
          >
            Export {EXPORT_FORMAT_LABELS[format]}
          </button>
        ))}
      </div>
    </details>
  );
}
