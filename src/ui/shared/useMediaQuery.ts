import { useCallback, useSyncExternalStore } from "react";

/**
 * Below this width the reader has no room for its annotations beside the text: they move into a panel
 * over it, and the header folds its secondary actions into a menu. styles.css breaks at the same width.
 */
export const NARROW_SCREEN = "(max-width: 900px)";

/** Whether the media query matches now; the component renders again when that changes. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}
