import { describe, expect, it } from "vitest";
import { createAnnotationSelection } from "./annotationSelection";

describe("annotation selection", () => {
  it("starts empty and tells each listener once per change", () => {
    const selection = createAnnotationSelection();
    const seen: (string | null)[] = [];
    const stop = selection.subscribe(() => seen.push(selection.get()));
    expect(selection.get()).toBeNull();
    selection.select("a");
    selection.select("a");
    selection.select("b");
    selection.select(null);
    expect(seen).toEqual(["a", "b", null]);
    stop();
    selection.select("c");
    expect(seen).toEqual(["a", "b", null]);
    expect(selection.get()).toBe("c");
  });
});
