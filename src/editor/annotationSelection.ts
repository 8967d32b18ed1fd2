/**
 * Which annotation the user has selected in the reader: the one place that knows. The reader view reads
 * it for its keys (Delete, A, a click cycling through nested highlights) and draws it; the sidebar and the
 * rest of the page follow it through `subscribe`, as React's useSyncExternalStore expects.
 */
export interface AnnotationSelection {
  get(): string | null;
  select(id: string | null): void;
  subscribe(listener: () => void): () => void;
}

export function createAnnotationSelection(): AnnotationSelection {
  let selectedId: string | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => selectedId,
    select(id) {
      if (id === selectedId) return;
      selectedId = id;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
