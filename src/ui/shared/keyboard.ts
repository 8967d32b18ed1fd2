const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/** The modifier key as the user's keyboard labels it. */
export const MOD = isMac ? "⌘" : "Ctrl";

/** The Alt key as the user's keyboard labels it (Option on a Mac). */
export const ALT = isMac ? "⌥" : "Alt";

/** Whether a key event belongs to a text field, which keeps its own editing keys. */
export function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.tagName === "TEXTAREA" || target.tagName === "INPUT" || target.tagName === "SELECT")
  );
}
