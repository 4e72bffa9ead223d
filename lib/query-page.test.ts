import { describe, expect, it } from "vitest";
import { canonicalQuery, queryFromSegment, queryPagePath } from "./query-page";

describe("filtered listings as cacheable paths", () => {
  it("gives equivalent queries one canonical form", () => {
    const a = canonicalQuery(new URLSearchParams("stars=4&q=ch%C3%A8+shan&group=&stars=3"));
    const b = canonicalQuery(new URLSearchParams("q=ch%C3%A8%20shan&stars=4"));
    expect(a).toBe(b);
    expect(a).toBe("q=ch%C3%A8+shan&stars=4");
  });

  it("rewrites the product and producer listings with a query, in both languages, and nothing else", () => {
    const b64 = (text: string) => Buffer.from(text).toString("base64url");
    expect(queryPagePath("/products", new URLSearchParams("q=mat ong&page=2"))).toBe(`/vi/products-query/${b64("page=2&q=mat+ong")}`);
    expect(queryPagePath("/en/products/", new URLSearchParams("group=TEA"))).toBe(`/en/products-query/${b64("group=TEA")}`);
    expect(queryPagePath("/products", new URLSearchParams("q="))).toBeNull();
    expect(queryPagePath("/products/che-shan", new URLSearchParams("q=x"))).toBeNull();
    expect(queryPagePath("/en/producers", new URLSearchParams("commune=thanh-thuy"))).toBe(`/en/producers-query/${b64("commune=thanh-thuy")}`);
    expect(queryPagePath("/fairs", new URLSearchParams("q=x"))).toBeNull();
  });

  it("hands the page back exactly the parameters of the URL", () => {
    const path = queryPagePath("/products", new URLSearchParams("q=chè shan tuyết+100%&stars=4"))!;
    const segment = path.split("/").pop()!;
    expect(segment).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(queryFromSegment(segment)).toEqual({ q: ["chè shan tuyết 100%"], stars: ["4"] });
    expect(queryFromSegment("q%3Dx")).toEqual({});
  });
});
