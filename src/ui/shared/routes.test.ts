import { describe, expect, it } from "vitest";
import { codePointSpan } from "../../model/text";
import { articleHref, articlePlaceHref, parseRoute } from "./routes";

describe("routes", () => {
  it("reads an article, an annotation in it, or a place of its text", () => {
    expect(parseRoute("#/article/a%2Fb")).toEqual({ page: "article", articleId: "a/b" });
    expect(parseRoute("#/article/x/n1")).toEqual({ page: "article", articleId: "x", annotationId: "n1" });
    expect(parseRoute("#/article/x?at=12-30")).toEqual({
      page: "article",
      articleId: "x",
      at: codePointSpan(12, 30),
    });
  });

  it("opens a malformed place at the top of the article", () => {
    expect(parseRoute("#/article/x?at=30-12")).toEqual({ page: "article", articleId: "x" });
    expect(parseRoute("#/article/x?at=nine")).toEqual({ page: "article", articleId: "x" });
  });

  it("writes the addresses it reads", () => {
    const at = codePointSpan(1398, 1422);
    expect(parseRoute(articlePlaceHref("000_c", at))).toEqual({ page: "article", articleId: "000_c", at });
    expect(parseRoute(articleHref("000_c", "n 1"))).toEqual({
      page: "article",
      articleId: "000_c",
      annotationId: "n 1",
    });
  });
});
