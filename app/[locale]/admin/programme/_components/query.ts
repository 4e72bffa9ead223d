/** Reading a back-office page's query string: first value only, bounded, never echoed raw into SQL. */
export type Query = Record<string, string | string[] | undefined>;

export const one = (query: Query, name: string): string | undefined => {
  const value = query[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first ? first.slice(0, 200) : undefined;
};

/** A programme slug from the query, when well-formed (the current programme otherwise). */
export function programmeOf(query: Query): string | null {
  const slug = one(query, "programme");
  return slug && /^[a-z0-9-]{1,80}$/.test(slug) ? slug : null;
}

export function regionLabel(region: { name: string; parents: string[] }): string {
  return [region.name, ...region.parents].join(", ");
}
