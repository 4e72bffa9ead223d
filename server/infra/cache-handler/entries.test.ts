import { describe, expect, it } from "vitest";
import { nonceOf, TaggedEntries, tagsOf, withNonce, type IncrementalCacheValue } from "./entries.mjs";

function page(tags: string, html = "<p>programme</p>"): IncrementalCacheValue {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from("rsc"),
    headers: { "x-next-cache-tags": tags },
    postponed: undefined,
    status: 200,
    segmentData: undefined,
  } as unknown as IncrementalCacheValue;
}

function data(value: unknown, tags: string[], revalidate = 3600): IncrementalCacheValue {
  return { kind: "FETCH", data: { body: JSON.stringify(value), headers: {}, url: "" }, tags, revalidate } as unknown as IncrementalCacheValue;
}

/** A clock the test moves by hand. */
function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("tagsOf", () => {
  it("reads a page's tags from the header Next.js stores them under, and a data entry's from the entry", () => {
    expect(tagsOf(page("programme,_N_T_/vi/programme"), undefined)).toEqual(["programme", "_N_T_/vi/programme"]);
    expect(tagsOf(data({}, ["catalogue"]), ["product:che"])).toEqual(["product:che", "catalogue"]);
  });
});

describe("TaggedEntries", () => {
  it("serves a stored page until one of its tags is invalidated, then misses once", () => {
    const time = clock();
    const entries = new TaggedEntries({ maxBytes: 1_000_000, now: time.now });
    expect(entries.get("/vi/programme")).toBeNull();
    time.advance(50);
    entries.set("/vi/programme", page("programme,catalogue"));
    time.advance(10);
    expect(entries.get("/vi/programme")?.value).toMatchObject({ kind: "APP_PAGE" });

    entries.invalidate(["fairs"]);
    expect(entries.get("/vi/programme")).not.toBeNull();

    time.advance(1);
    entries.invalidate(["programme"]);
    expect(entries.get("/vi/programme")).toBeNull();
  });

  it("treats a render that was running when its tag was invalidated as stale (it may have read old data)", () => {
    const time = clock();
    const entries = new TaggedEntries({ maxBytes: 1_000_000, now: time.now });
    expect(entries.get("figures", { tags: ["programme"] })).toBeNull(); // the render starts here
    time.advance(20);
    entries.invalidate(["programme"]); // an officer saves while it runs
    time.advance(20);
    entries.set("figures", data({ products: 19 }, ["programme"]));
    expect(entries.get("figures", { tags: ["programme"] })).toBeNull();

    time.advance(5);
    entries.set("figures", data({ products: 20 }, ["programme"]));
    expect(entries.get("figures", { tags: ["programme"] })?.value).toMatchObject({ kind: "FETCH" });
  });

  it("checks the tags the caller passes at lookup too (Next.js's implicit path tags)", () => {
    const time = clock();
    const entries = new TaggedEntries({ maxBytes: 1_000_000, now: time.now });
    entries.set("figures", data({}, ["programme"]));
    time.advance(1);
    entries.invalidate(["_N_T_/vi/programme"]);
    expect(entries.get("figures", { tags: ["programme"], softTags: ["_N_T_/vi/programme"] })).toBeNull();
  });

  it("starts the render clock again when a hit is past its revalidation time (a background re-render follows)", () => {
    const time = clock();
    const entries = new TaggedEntries({ maxBytes: 1_000_000, now: time.now });
    entries.set("figures", data({ products: 19 }, ["programme"], 60));
    time.advance(61_000);
    expect(entries.get("figures", { tags: ["programme"] })).not.toBeNull(); // served stale, re-render begins
    time.advance(10);
    entries.invalidate(["programme"]);
    time.advance(10);
    entries.set("figures", data({ products: 19 }, ["programme"], 60));
    expect(entries.get("figures", { tags: ["programme"] })).toBeNull();
  });

  it("drops the least recently used entries past its memory limit", () => {
    const entries = new TaggedEntries({ maxBytes: 3_000 });
    entries.set("a", page("catalogue", "a".repeat(1_000)));
    entries.set("b", page("catalogue", "b".repeat(1_000)));
    expect(entries.get("a")).not.toBeNull();
    entries.set("c", page("catalogue", "c".repeat(1_000)));
    expect(entries.get("b")).toBeNull();
    expect(entries.get("a")).not.toBeNull();
    expect(entries.get("c")).not.toBeNull();
  });

  it("forgets everything on clear (after the shared channel was down)", () => {
    const entries = new TaggedEntries({ maxBytes: 1_000_000 });
    entries.set("/vi", page("catalogue"));
    entries.clear();
    expect(entries.get("/vi")).toBeNull();
  });
});

describe("script nonces on stored pages", () => {
  const first = "AAAAAAAAAAAAAAAAAAAAAA==";
  const second = "BBBBBBBBBBBBBBBBBBBBBB==";
  const rendered = () => page("catalogue", `<script nonce="${first}">self.__next_f.push([0])</script><script src="/_next/a.js" nonce="${first}"></script>`);

  it("reads only nonces of the proxy's shape from the request's policy", () => {
    expect(nonceOf({ "content-security-policy": `default-src 'self'; script-src 'self' 'nonce-${first}' 'strict-dynamic'` })).toBe(first);
    expect(nonceOf({ "content-security-policy": "script-src 'self' 'nonce-a'" })).toBeUndefined();
    expect(nonceOf({ "content-security-policy": `script-src 'nonce-"><script>'` })).toBeUndefined();
    expect(nonceOf({})).toBeUndefined();
    expect(nonceOf(undefined)).toBeUndefined();
  });

  it("serves a stored page with this request's nonce in place of the one it was rendered with", () => {
    const served = withNonce(rendered(), first, second) as { html: string };
    expect(served.html).toBe(`<script nonce="${second}">self.__next_f.push([0])</script><script src="/_next/a.js" nonce="${second}"></script>`);
    expect(withNonce(rendered(), first, first)).toEqual(rendered());
  });

  it("re-renders a page stored without a nonce for a request that needs one, and leaves data entries alone", () => {
    expect(withNonce(rendered(), undefined, second)).toBeUndefined();
    expect(withNonce(rendered(), first, undefined)).toEqual(rendered());
    const json = data({ n: 1 }, ["catalogue"]);
    expect(withNonce(json, undefined, second)).toBe(json);
  });

  it("each request to a cached page gets its own nonce through the cache", () => {
    const entries = new TaggedEntries({ maxBytes: 1_000_000 });
    entries.set("/vi", rendered(), { nonce: first });
    const html = (nonce: string) => (entries.get("/vi", { nonce })?.value as { html: string } | undefined)?.html;
    expect(html(second)).toContain(`nonce="${second}"`);
    expect(html(second)).not.toContain(first);
    expect(html(first)).toContain(`nonce="${first}"`);
    entries.set("/en", rendered());
    expect(entries.get("/en", { nonce: second })).toBeNull();
  });
});
