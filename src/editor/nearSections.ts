/**
 * Tells which sections of the reader (the children of its root element) come within a screen of the
 * viewport, each once, so that their highlights can be drawn before they scroll into view.
 */
export interface NearSections {
  /** Starts watching children that are new since the last call (ProseMirror may replace a section's element). */
  refresh(): void;
  destroy(): void;
}

export function watchNearSections(root: HTMLElement, onNear: (sections: number[]) => void): NearSections {
  const indexes = new WeakMap<Element, number>();
  const observer = new IntersectionObserver(
    (entries) => {
      const near: number[] = [];
      for (const entry of entries) {
        const index = indexes.get(entry.target);
        if (entry.isIntersecting && index !== undefined) {
          near.push(index);
          observer.unobserve(entry.target);
        }
      }
      if (near.length > 0) onNear(near);
    },
    { rootMargin: "100% 0px 100% 0px" },
  );
  const refresh = () => {
    const children = root.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as Element;
      if (indexes.get(child) === i) continue;
      indexes.set(child, i);
      observer.observe(child);
    }
  };
  refresh();
  return { refresh, destroy: () => observer.disconnect() };
}
