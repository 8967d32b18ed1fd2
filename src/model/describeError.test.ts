import { describe, expect, it } from "vitest";
import { describeError } from "./describeError";

describe("describeError", () => {
  it("names the error and its message", () => {
    expect(describeError(new TypeError("x is not a function"))).toBe("TypeError: x is not a function");
  });

  it("shows the browser's reason inside a wrapped database error", () => {
    const wrapped = Object.assign(new Error("Transaction aborted"), {
      name: "AbortError",
      inner: new Error("QuotaExceededError: the disk is full"),
    });
    expect(describeError(wrapped)).toBe("AbortError: QuotaExceededError: the disk is full");
  });

  it("turns anything else into text", () => {
    expect(describeError("refused")).toBe("refused");
    expect(describeError(42)).toBe("42");
  });
});
