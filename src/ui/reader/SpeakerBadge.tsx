import { useCallback, useState } from "react";
import type { ReaderController } from "../../editor/readerView";
import type { Utf16Range } from "../../model/text";
import { useFollowViewport } from "../shared/useFollowViewport";

interface Props {
  controllerRef: React.RefObject<ReaderController | null>;
  range: Utf16Range;
  label: string;
}

/**
 * The selected annotation's speaker, shown under its highlight: the title attribute only appears on
 * hover, and a keyboard user selecting an annotation should see who said it too.
 */
export function SpeakerBadge({ controllerRef, range, label }: Props) {
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const { start, end } = range;
  const place = useCallback(() => {
    const rects = controllerRef.current?.rectsOf({ start, end });
    setPosition(rects ? { top: rects.bottom + 4, left: Math.max(8, rects.left) } : null);
  }, [controllerRef, start, end]);
  useFollowViewport(place);
  if (!position) return null;
  return (
    <div className="selected-badge" style={{ top: position.top, left: position.left }} aria-hidden="true">
      {label}
    </div>
  );
}
