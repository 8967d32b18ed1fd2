import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";

/** An entry of a menu: a link to a view, or an action. */
export type MenuEntry = { label: string; href: string } | { label: string; run(): void; disabled?: boolean };

/**
 * A button that opens a menu, as the WAI-ARIA menu button pattern describes: Enter, Space or Down open it
 * on its first entry, Up on its last; arrows, Home and End move through it; Escape closes it and gives
 * the focus back to the button; Tab or a press outside closes it.
 */
export function MenuButton({ label, entries }: { label: string; entries: readonly MenuEntry[] }) {
  const [open, setOpen] = useState(false);
  const startAt = useRef<"first" | "last">("first");
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const openAt = (where: "first" | "last") => {
    startAt.current = where;
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  useLayoutEffect(() => {
    if (!open) return;
    const all = itemsOf(menuRef.current);
    (startAt.current === "last" ? all[all.length - 1] : all[0])?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      const target = event.target;
      if (!(target instanceof Node)) return;
      if (menuRef.current?.contains(target) || buttonRef.current?.contains(target)) return;
      setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  const onMenuKeyDown = (event: React.KeyboardEvent) => {
    const all = itemsOf(menuRef.current);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const focus = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === "ArrowDown") focus(at + 1);
    else if (event.key === "ArrowUp") focus(at - 1);
    else if (event.key === "Home") focus(0);
    else if (event.key === "End") focus(all.length - 1);
    else if (event.key === "Escape") close();
    else {
      // Tab moves on from the button, as from any control; the menu is no longer where the focus is.
      if (event.key === "Tab") setOpen(false);
      return;
    }
    event.preventDefault();
  };

  return (
    <div className="menu-button">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? setOpen(false) : openAt("first"))}
        onKeyDown={(event) => {
          if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
          event.preventDefault();
          openAt(event.key === "ArrowUp" ? "last" : "first");
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div ref={menuRef} id={menuId} role="menu" aria-label={label} tabIndex={-1} onKeyDown={onMenuKeyDown}>
          {entries.map((entry) =>
            "href" in entry ? (
              <a
                key={entry.label}
                role="menuitem"
                tabIndex={-1}
                href={entry.href}
                onClick={() => setOpen(false)}
              >
                {entry.label}
              </a>
            ) : (
              <button
                key={entry.label}
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-disabled={entry.disabled || undefined}
                onClick={() => {
                  if (entry.disabled) return;
                  close();
                  entry.run();
                }}
              >
                {entry.label}
              </button>
            ),
          )}
        </div>
      ) : null}
    </div>
  );
}

function itemsOf(menu: HTMLElement | null): HTMLElement[] {
  return Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
}
