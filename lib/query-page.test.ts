import { describe, expect, it } from "vitest";
import { canonicalQuery, isInternalQueryPath, queryFromSegment, queryPagePath, unsafeQuery } from "./query-page";

const PRODUCTS = new Set(["q", "group", "stars", "commune", "producer", "minPrice", "maxPrice", "sort", "page", "pageSize"]);
const PRODUCERS = new Set(["q", "commune", "legalForm", "page", "pageSize"]);

describe("filtered listings as cacheable paths", () => {
  it("gives equivalent queries one canonical form", () => {
    const a = canonicalQuery(new URLSearchParams("stars=4&q=ch%C3%A8+shan&group=&stars=3"), PRODUCTS);
    const b = canonicalQuery(new URLSearchParams("q=ch%C3%A8%20shan&stars=4"), PRODUCTS);
    expect(a).toBe(b);
    expect(a).toBe("q=ch%C3%A8+shan&stars=4");
  });

  it("drops names the listing does not read and values longer than any it does, so they make no new page", () => {
    expect(canonicalQuery(new URLSearchParams("utm_source=zalo&fbclid=x&q=che"), PRODUCTS)).toBe("q=che");
    expect(canonicalQuery(new URLSearchParams(`q=${"a".repeat(201)}`), PRODUCTS)).toBe("");
    expect(queryPagePath("/products", new URLSearchParams("utm_source=zalo"), PRODUCTS)).toBeNull();
  });

  it("rewrites the product and producer listings with a query, in both languages, and nothing else", () => {
    const b64 = (text: string) => Buffer.from(text).toString("base64url");
    expect(queryPagePath("/products", new URLSearchParams("q=mat ong&page=2"), PRODUCTS)).toBe(`/vi/products-query/${b64("page=2&q=mat+ong")}`);
    expect(queryPagePath("/en/products/", new URLSearchParams("group=TEA"), PRODUCTS)).toBe(`/en/products-query/${b64("group=TEA")}`);
    expect(queryPagePath("/products", new URLSearchParams("q="), PRODUCTS)).toBeNull();
    expect(queryPagePath("/products/che-shan", new URLSearchParams("q=x"), PRODUCTS)).toBeNull();
    expect(queryPagePath("/en/producers", new URLSearchParams("commune=thanh-thuy"), PRODUCERS)).toBe(`/en/producers-query/${b64("commune=thanh-thuy")}`);
    expect(queryPagePath("/fairs", new URLSearchParams("q=x"), PRODUCTS)).toBeNull();
  });

  it("hands the page back exactly the parameters of the URL, object members included as plain names", () => {
    const path = queryPagePath("/products", new URLSearchParams("q=chè shan tuyết+100%&stars=4"), PRODUCTS)!;
    const segment = path.split("/").pop()!;
    expect(segment).toMatch(/^[A-Za-z0-9_-]+$/);
    expect({ ...queryFromSegment(segment) }).toEqual({ q: ["chè shan tuyết 100%"], stars: ["4"] });
    expect({ ...queryFromSegment("q%3Dx") }).toEqual({});
    expect(queryFromSegment(Buffer.from("constructor=1&toString=2").toString("base64url")).constructor).toEqual(["1"]);
  });

  it("recognises requests for the internal paths themselves", () => {
    for (const path of ["/vi/products-query/abc", "/en/producers-query/x", "/products-query/", "/products-query"]) expect(isInternalQueryPath(path)).toBe(true);
    for (const path of ["/products", "/products/query", "/en/products"]) expect(isInternalQueryPath(path)).toBe(false);
  });

  it("calls a query malformed when it carries a control character or an object member's name", () => {
    for (const query of ["q=%00", "q=a%0Ab", "q=%7F", "constructor=1", "toString=x", "__proto__[x]=1", "hasOwnProperty=1", "__proto__=1"]) {
      expect(unsafeQuery(new URLSearchParams(query)), query).toBe(true);
    }
    for (const query of ["q=chè shan", "utm_source=zalo", "q=100%25"]) expect(unsafeQuery(new URLSearchParams(query)), query).toBe(false);
  });
});
