import { hasControlCharacter } from "./control-characters";

/**
 * Catalogue listings filtered by query parameters are served from the full-route cache like any other
 * page: proxy.ts rewrites `/products?…` and `/producers?…` to an internal path that carries the query in one segment
 * (`/<locale>/products-query/<query>`), which Next.js caches per path. The query is made canonical
 * first (empty values dropped, first value per name, names sorted), so equivalent URLs share one entry,
 * and travels as base64url, which no layer re-encodes or decodes on the way.
 */
export const QUERY_PAGES = { products: "products-query", producers: "producers-query" } as const;

const LISTING = /^(?:\/(en))?\/(products|producers)\/?$/;
const INTERNAL = /^(?:\/(?:en|vi))?\/(?:products|producers)-query(?:\/|$)/;
/** No parameter value is longer (`q` is at most 100 characters); longer ones are dropped unread. */
const MAX_VALUE_LENGTH = 200;

/** Which listing a path shows, if any. */
export function listingOf(pathname: string): keyof typeof QUERY_PAGES | null {
  return (LISTING.exec(pathname)?.[2] as keyof typeof QUERY_PAGES | undefined) ?? null;
}

/** The internal paths are reached only through the rewrite; asked for directly, they do not exist. */
export function isInternalQueryPath(pathname: string): boolean {
  return INTERNAL.test(pathname);
}

/**
 * A query no visitor's link holds, answered 400: a control character in a value (a NUL would reach
 * the database), or a name that is a member of every JavaScript object (`constructor`, `__proto__`…),
 * the shape of a prototype-pollution probe.
 */
export function unsafeQuery(search: URLSearchParams): boolean {
  for (const [name, value] of search) {
    // `constructor`, `__proto__[x]`, `constructor.prototype`: the name up to its first bracket or dot.
    const head = name.split(/[[.]/, 1)[0];
    if (head in Object.prototype || head === "__proto__" || head === "prototype") return true;
    if (hasControlCharacter(name) || hasControlCharacter(value)) return true;
  }
  return false;
}

/**
 * The query made canonical: only the `allowed` names (unknown ones, such as tracking tags, would each
 * make a new cache entry of the same page), first value per name, empty and over-long values dropped,
 * names sorted.
 */
export function canonicalQuery(search: URLSearchParams, allowed: ReadonlySet<string>): string {
  const seen = new Map<string, string>();
  for (const [name, value] of search) {
    if (allowed.has(name) && !seen.has(name) && value.trim() !== "" && value.length <= MAX_VALUE_LENGTH) seen.set(name, value);
  }
  const sorted = [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(sorted).toString();
}

/** The internal path a listing URL is served from, or null when it is not a filtered listing. */
export function queryPagePath(pathname: string, search: URLSearchParams, allowed: ReadonlySet<string>): string | null {
  const match = LISTING.exec(pathname);
  if (!match) return null;
  const query = canonicalQuery(search, allowed);
  if (!query) return null;
  const locale = match[1] ?? "vi";
  return `/${locale}/${QUERY_PAGES[match[2] as keyof typeof QUERY_PAGES]}/${Buffer.from(query).toString("base64url")}`;
}

/** The parameters back from the internal path's segment; anything that is not ours reads as no query. */
export function queryFromSegment(segment: string): Record<string, string[]> {
  // No prototype: a name such as "constructor" is a parameter like any other, not Object's method.
  const values: Record<string, string[]> = Object.create(null);
  if (!/^[A-Za-z0-9_-]*$/.test(segment)) return values;
  for (const [name, value] of new URLSearchParams(Buffer.from(segment, "base64url").toString("utf8"))) (values[name] ??= []).push(value);
  return values;
}
