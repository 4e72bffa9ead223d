import { describe, expect, it } from "vitest";
import { TaggedEntries, tagsOf, withPagePolicy, type IncrementalCacheValue } from "./entries.mjs";

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

describe("stored public pages", () => {
  const html = '<script>self.__next_f.push([0])</script><script src="/_next/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script>';

  it("carry a policy with the hashes of their own inline scripts and no nonce", () => {
    const value = page("catalogue", html);
    withPagePolicy(value);
    const policy = (value as unknown as { headers: Record<string, string> }).headers["content-security-policy"];
    // Worked out with: printf '%s' 'self.__next_f.push([0])' | openssl dgst -sha256 -binary | base64
    expect(policy).toContain("'sha256-VXfQxoId3eHgS78yBQY2mYYWuOAzZGdxULBMV816UdU='");
    expect(policy.match(/'sha256-/g)).toHaveLength(2);
    expect(policy).not.toContain("nonce");
    expect((value as unknown as { headers: Record<string, string> }).headers["x-next-cache-tags"]).toBe("catalogue");
  });

  it("are not kept when they are the not-found page, so made-up paths never fill the cache", () => {
    const entries = new TaggedEntries({ maxBytes: 1_000_000 });
    entries.set("/vi/products/no-such-thing", { ...page("catalogue", html), status: 404 } as IncrementalCacheValue);
    expect(entries.get("/vi/products/no-such-thing")).toBeNull();
    entries.set("/vi/products/real", page("catalogue", html));
    expect(entries.get("/vi/products/real")).not.toBeNull();
  });
});

describe("fresh pages for the front door", () => {
  const key = (path: string) => `/route-cache/APP_PAGE/0123abcd/$${path}`;

  it("finds a stored page by its path while Next.js would serve it from the cache", () => {
    const time = clock();
    const entries = new TaggedEntries({ maxBytes: 1_000_000, now: time.now });
    expect(entries.freshPage("/vi/products/che")).toBeNull();
    entries.set(key("/vi/products/che"), page("catalogue,product:che"), { cacheControl: { revalidate: 3600, expire: 31536000 } });
    expect(entries.freshPage("/vi/products/che")?.value).toMatchObject({ kind: "APP_PAGE" });
    expect(entries.freshPage("/vi/products/tra")).toBeNull();
  });

  it("gives nothing once a tag is invalidated or the revalidation time has passed, and leaves that to Next.js", () => {
    const time = clock();
    const entries = new TaggedEntries({ maxBytes: 1_000_000, now: time.now });
    entries.set(key("/vi/products/che"), page("catalogue"), { cacheControl: { revalidate: 3600, expire: 31536000 } });
    time.advance(1);
    entries.invalidate(["catalogue"]);
    expect(entries.freshPage("/vi/products/che")).toBeNull();
    entries.set(key("/vi/programme"), page("programme"), { cacheControl: { revalidate: 60, expire: 31536000 } });
    time.advance(60_000);
    expect(entries.freshPage("/vi/programme")).toBeNull();
    // Next.js's own lookup still decides: the stale page is there for it to serve while it re-renders.
    expect(entries.get(key("/vi/programme"))).not.toBeNull();
  });

  it("forgets a page's path when the page is dropped to make room", () => {
    const entries = new TaggedEntries({ maxBytes: 2_000 });
    entries.set(key("/vi/a"), page("catalogue", "a".repeat(1200)));
    entries.set(key("/vi/b"), page("catalogue", "b".repeat(1200)));
    expect(entries.freshPage("/vi/a")).toBeNull();
    expect(entries.freshPage("/vi/b")).not.toBeNull();
  });
});

