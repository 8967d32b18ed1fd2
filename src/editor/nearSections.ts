/**
 * Tells which sections of the reader (the children of its root element) come within a screen of the
 * viewport, so that their highlights can be drawn before they scroll into view, and which went further
 * than three screens away, so that their highlights can be given back. The gap between the two keeps a
 * section scrolled a little past from being drawn and released over and over.
 */
export interface NearSections {
  /** Starts watching children that are new since the last call (ProseMirror may replace a section's element). */
  refresh(): void;
  destroy(): void;
}

/** How far from the viewport a section is near (drawn) and far (released), in viewport heights. */
const NEAR = "100%";
const FAR = "300%";

export function watchNearSections(
  root: HTMLElement,
  onNear: (sections: number[]) => void,
  onFar: (sections: number[]) => void = () => {},
): NearSections {
  const indexes = new WeakMap<Element, number>();
  const watch = (margin: string, report: (sections: number[]) => void, when: boolean) =>
    new IntersectionObserver(
      (entries) => {
        const sections: number[] = [];
        for (const entry of entries) {
          const index = indexes.get(entry.target);
          if (entry.isIntersecting === when && index !== undefined) sections.push(index);
        }
        if (sections.length > 0) report(sections);
      },
      { rootMargin: `${margin} 0px ${margin} 0px` },
    );
  const near = watch(NEAR, onNear, true);
  const far = watch(FAR, onFar, false);
  const refresh = () => {
    const children = root.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as Element;
      if (indexes.get(child) === i) continue;
      indexes.set(child, i);
      near.observe(child);
      far.observe(child);
    }
  };
  refresh();
  return {
    refresh,
    destroy() {
      near.disconnect();
      far.disconnect();
    },
  };
}
