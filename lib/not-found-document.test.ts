import { describe, expect, it } from "vitest";
import { isDocumentRequest, isErrorShell, NOT_FOUND_PROBE_HEADER, withoutScripts } from "./not-found-document.mjs";

// The shapes Next.js 16 writes (trimmed): its empty error document, and a server-rendered page.
const SHELL =
  '<!DOCTYPE html><html id="__next_error__"><head><meta charSet="utf-8"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>' +
  '<script src="/_next/static/chunks/b.js" async=""></script><meta name="robots" content="noindex"/></head><body><div hidden=""></div>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"4:[\\"$\\",\\"h1\\",null,{\\"children\\":\\"Không tìm thấy trang\\"}]\\u003c/script\\u003e"])</script></body></html>';
const PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>' +
  '<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin="" type="font/woff2"/><link rel="modulepreload" href="/_next/static/chunks/c.js"/>' +
  '<script src="/_next/static/chunks/b.js" async="" nonce="abc"></script><title>Page not found · OCOP</title><meta name="robots" content="noindex"/></head>' +
  '<body><header><form action="/en/products" method="get" role="search"><input name="q"/></form></header><main id="main"><h1>Page not found</h1>' +
  '<a href="/en/products">Search OCOP products</a><a href="/en">Back to the home page</a></main><footer>OCOP</footer>' +
  '<SCRIPT type="text/javascript">self.__next_f.push([1,"x"])</SCRIPT ><script id="_R_">$RC("B:0","S:0")</script></body></html>';

describe("the 404 document the front door sends", () => {
  it("recognises Next.js's empty error document, and nothing else", () => {
    expect(isErrorShell(SHELL)).toBe(true);
    expect(isErrorShell(PAGE)).toBe(false);
    // A product whose description mentions the id is not the error document.
    expect(isErrorShell('<html lang="vi"><body><p>id="__next_error__"</p></body></html>')).toBe(false);
  });

  it("keeps the page's text, links, search form, stylesheets and fonts, and drops every script and script preload", () => {
    const plain = withoutScripts(PAGE);
    expect(plain).not.toMatch(/<script/i);
    expect(plain).not.toContain("__next_f");
    expect(plain).not.toContain("modulepreload");
    expect(plain).not.toContain("chunks/b.js");
    expect(plain).not.toContain("$RC");
    for (const kept of [
      '<html lang="en">',
      '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
      'as="font"',
      "<title>Page not found · OCOP</title>",
      '<meta name="robots" content="noindex"/>',
      '<form action="/en/products" method="get" role="search"><input name="q"/></form>',
      "<h1>Page not found</h1>",
      '<a href="/en">Back to the home page</a>',
      "<footer>OCOP</footer></body></html>",
    ]) {
      expect(plain).toContain(kept);
    }
  });

  it("replaces only page loads: the client router's requests and the front door's own pass untouched", () => {
    expect(isDocumentRequest("GET", { accept: "text/html" })).toBe(true);
    expect(isDocumentRequest("GET", {})).toBe(true);
    expect(isDocumentRequest("HEAD", {})).toBe(false);
    expect(isDocumentRequest("POST", { accept: "text/html" })).toBe(false);
    expect(isDocumentRequest("GET", { rsc: "1" })).toBe(false);
    expect(isDocumentRequest("GET", { "next-router-prefetch": "1" })).toBe(false);
    expect(isDocumentRequest("GET", { "next-router-state-tree": "%5B%22%22%5D" })).toBe(false);
    expect(isDocumentRequest("GET", { "next-router-segment-prefetch": "/_tree" })).toBe(false);
    expect(isDocumentRequest("GET", { "next-action": "abc" })).toBe(false);
    expect(isDocumentRequest("GET", { [NOT_FOUND_PROBE_HEADER]: "1" })).toBe(false);
  });
});
