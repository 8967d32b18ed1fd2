import { useLayoutEffect } from "react";

/**
 * Calls `place` now (before paint) and again whenever the page or any scroll box in it scrolls or the
 * window resizes, while `active`: for what sits beside a place of the text (the tag toolbar, the
 * speaker badge, the speaker picker) and must move with it.
 */
export function useFollowViewport(place: () => void, active = true): void {
  useLayoutEffect(() => {
    place();
    if (!active) return;
    window.addEventListener("scroll", place, true);
    window.addEventListener("resize", place);
    return () => {
      window.removeEventListener("scroll", place, true);
      window.removeEventListener("resize", place);
    };
  }, [place, active]);
}
