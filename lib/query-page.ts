/**
 * Catalogue listings filtered by query parameters are served from the full-route cache like any other
 * page: proxy.ts rewrites `/products?…` and `/producers?…` to an internal path that carries the query in one segment
 * (`/<locale>/products-query/<query>`), which Next.js caches per path. The query is made canonical
 * first (empty values dropped, first value per name, names sorted), so equivalent URLs share one entry,
 * and travels as base64url, which no layer re-encodes or decodes on the way.
 */
export const QUERY_PAGES = { products: "products-query", producers: "producers-query" } as const;

const LISTING = /^(?:\/(en))?\/(products|producers)\/?$/;

export function canonicalQuery(search: URLSearchParams): string {
  const seen = new Map<string, string>();
  for (const [name, value] of search) {
    if (!seen.has(name) && value.trim() !== "") seen.set(name, value);
  }
  const sorted = [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(sorted).toString();
}

/** The internal path a listing URL is served from, or null when it is not a filtered listing. */
export function queryPagePath(pathname: string, search: URLSearchParams): string | null {
  const match = LISTING.exec(pathname);
  if (!match) return null;
  const query = canonicalQuery(search);
  if (!query) return null;
  const locale = match[1] ?? "vi";
  return `/${locale}/${QUERY_PAGES[match[2] as keyof typeof QUERY_PAGES]}/${Buffer.from(query).toString("base64url")}`;
}

/** The parameters back from the internal path's segment; anything that is not ours reads as no query. */
export function queryFromSegment(segment: string): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  if (!/^[A-Za-z0-9_-]*$/.test(segment)) return values;
  for (const [name, value] of new URLSearchParams(Buffer.from(segment, "base64url").toString("utf8"))) (values[name] ??= []).push(value);
  return values;
}
