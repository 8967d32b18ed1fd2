import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Whether the annotations panel of a narrow screen is open, and opening and closing it. Closing gives
 * the focus back to what had it when the panel opened (the button that opened it), once the page behind
 * the panel can take it again. A screen that grows wide shows the sidebar instead, and the panel is shut.
 */
export function useAnnotationPanel(narrow: boolean) {
  const [open, setOpen] = useState(false);
  const opener = useRef<Element | null>(null);
  const wasOpen = useRef(false);
  const shown = open && narrow;

  const show = useCallback(() => {
    opener.current = document.activeElement;
    setOpen(true);
  }, []);
  const hide = useCallback(() => setOpen(false), []);

  useEffect(() => {
    if (!narrow) setOpen(false);
  }, [narrow]);

  // Runs after the page behind has lost its `inert`: an inert element cannot take the focus.
  useEffect(() => {
    if (wasOpen.current && !shown) {
      const back = opener.current;
      if (back instanceof HTMLElement && back.isConnected && narrow) back.focus();
      opener.current = null;
    }
    wasOpen.current = shown;
  }, [shown, narrow]);

  return { open: shown, show, hide };
}
