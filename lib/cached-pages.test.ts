import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bypassesProxy, CACHED_PAGE_REWRITES, isCachedPage, pageOfRequest } from "./cached-pages.mjs";

// Next.js reads proxy.ts's matcher as a literal when it builds, so the test reads it the same way.
const proxySource = readFileSync(path.resolve(import.meta.dirname, "../proxy.ts"), "utf8");
const matcherSource = JSON.parse(/matcher: \[("(?:[^"\\]|\\.)*")\]/.exec(proxySource)![1]) as string;

const CACHED = ["/", "/en", "/products", "/en/products", "/products/che-shan-tuyet", "/en/producers/htx-tra-peng", "/producers", "/programme", "/en/programme", "/ideas/new", "/en/ideas/new"];
const PER_REQUEST = ["/login", "/cart", "/checkout", "/orders/ABC", "/studio", "/en/admin/review", "/trace/X1", "/fairs", "/programme/list", "/products/a/b", "/invite/t", "/vi/products/x", "/products-query/x"];

describe("cached pages", () => {
  it("names the public pages of the full-route cache, in both languages", () => {
    for (const path of CACHED) expect(isCachedPage(path), path).toBe(true);
    for (const path of PER_REQUEST) expect(isCachedPage(path), path).toBe(false);
  });

  it("are exactly the pages proxy.ts's matcher leaves out, but for the listings, whose query it reads", () => {
    const matcher = new RegExp(`^${matcherSource}$`);
    for (const path of [...CACHED, ...PER_REQUEST]) expect(!matcher.test(path), path).toBe(bypassesProxy(path));
    for (const path of ["/products", "/en/products", "/producers", "/en/producers"]) expect(matcher.test(path), path).toBe(true);
    expect(matcher.test("/api/v1/products")).toBe(false);
  });

  it("get their Vietnamese pages at unprefixed paths from a rewrite, since the proxy does not run for them", () => {
    const rewritten = (path: string) =>
      CACHED_PAGE_REWRITES.some(({ source }) => new RegExp(`^${source.replace(/:[a-z]+/g, "[^/]+")}$`).test(path));
    for (const path of CACHED.filter((p) => bypassesProxy(p) && !p.startsWith("/en"))) expect(rewritten(path), path).toBe(true);
  });

  it("name the stored page of a plain document request, and leave everything else to Next.js", () => {
    const plain = (target: string, headers: Record<string, string> = {}, method = "GET") => pageOfRequest(method, target, headers);
    expect(plain("/")).toBe("/vi");
    expect(plain("/en")).toBe("/en");
    expect(plain("/products/che-shan-tuyet")).toBe("/vi/products/che-shan-tuyet");
    expect(plain("/en/producers/htx-tra-peng", {}, "HEAD")).toBe("/en/producers/htx-tra-peng");
    expect(plain("/products")).toBe("/vi/products");
    expect(plain("/ideas/new")).toBe("/vi/ideas/new");
    // A query, an encoded character, a trailing slash, another method, the client router's requests.
    for (const target of ["/products?q=che", "/products/Che%20shan", "/products/che/", "/login", "/vi/products/x", "/products/UPPER"]) expect(plain(target), target).toBeNull();
    expect(plain("/products/che", {}, "POST")).toBeNull();
    for (const header of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action"]) expect(plain("/", { [header]: "1" }), header).toBeNull();
  });
});
