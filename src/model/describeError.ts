/**
 * An error in one line for people: its name and message. Dexie wraps the browser's own error (a full
 * disk, a closed database) in one of its own; the browser's message says more, so it is shown instead.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const inner = (error as Error & { inner?: unknown }).inner;
    const detail = inner instanceof Error ? inner.message : error.message;
    return `${error.name}: ${detail}`;
  }
  return String(error);
}
