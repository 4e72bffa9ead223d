/**
 * The query of a back-office list, read from its URL: search text, filters, sort column and
 * direction, page and page size. Every officer list (and the CSV export of the same list) parses its
 * URL with one `ListSpec`, so the page and its CSV always mean the same rows. Bad values — a
 * hand-edited URL — fall back to the defaults instead of failing.
 */
import { z } from "zod";
import { parseDay } from "@/lib/clock";

/**
 * Fifty rows at most: a page of 100 producers or products weighed 360–390 kB of HTML at national scale
 * (the rows twice, as markup and as React's payload), over the 300 kB budget; searching and filtering
 * beat longer pages.
 */
export const PAGE_SIZES = [20, 50] as const;
const DEFAULT_PAGE_SIZE = 50;
/** Deep enough for 8,000 producers at 20 a page; beyond it, searching beats paging. */
const MAX_PAGE = 10_000;
const MAX_SEARCH = 100;

/** A calendar day filter ("2026-11-30", a day in Vietnam); anything else reads as no filter. */
export const ZDay = z.string().transform((value, ctx) => parseDay(value) ?? (ctx.addIssue({ code: "custom", message: "invalid" }), z.NEVER));

export type SortDirection = "asc" | "desc";
export type SearchParams = Record<string, string | string[] | undefined>;

export interface ListSpec<S extends string, F extends z.ZodRawShape> {
  sorts: readonly [S, ...S[]];
  defaultSort: S;
  defaultDir?: SortDirection;
  /**
   * The order with no sort chosen when it depends on a filter (expiring certificates: the soonest
   * ending first); undefined falls back to `defaultSort` and `defaultDir`. Links leave this default
   * out of the URL like the fixed one, so a bookmarked filter keeps its natural order.
   */
  defaultOrder?: (filters: FilterValues<F>) => { sort: S; dir: SortDirection } | undefined;
  /**
   * The page sizes offered, when a list's rows are too heavy for `PAGE_SIZES` (a fair's booth requests:
   * each row carries its decision form); the largest is the default.
   */
  pageSizes?: readonly [number, ...number[]];
  /** Each filter's schema; an invalid value reads as "no filter". */
  filters: F;
}

/** The page sizes a list offers, and the one it shows when none is asked for. */
export function pageSizesOf(spec: { pageSizes?: readonly number[] }): { sizes: readonly number[]; fallback: number } {
  return spec.pageSizes ? { sizes: spec.pageSizes, fallback: Math.max(...spec.pageSizes) } : { sizes: PAGE_SIZES, fallback: DEFAULT_PAGE_SIZE };
}

export type FilterValues<F extends z.ZodRawShape> = { [K in keyof F]: z.infer<F[K]> | undefined };

export interface ListQuery<S extends string, F extends z.ZodRawShape> {
  q: string;
  page: number;
  pageSize: number;
  sort: S;
  dir: SortDirection;
  filters: FilterValues<F>;
}

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

export function defineList<S extends string, F extends z.ZodRawShape>(spec: ListSpec<S, F>): ListSpec<S, F> {
  return spec;
}

/** The order a list has when its URL chooses none, under these filters. */
function defaultOrderOf<S extends string, F extends z.ZodRawShape>(spec: ListSpec<S, F>, filters: FilterValues<F>): { sort: S; dir: SortDirection } {
  return spec.defaultOrder?.(filters) ?? { sort: spec.defaultSort, dir: spec.defaultDir ?? "asc" };
}

export function parseListQuery<S extends string, F extends z.ZodRawShape>(spec: ListSpec<S, F>, params: SearchParams): ListQuery<S, F> {
  const q = (first(params.q) ?? "").trim().replace(/\s+/g, " ").slice(0, MAX_SEARCH);
  const page = Number.parseInt(first(params.page) ?? "", 10);
  const pageSize = Number.parseInt(first(params.pageSize) ?? "", 10);
  const sort = first(params.sort);
  const dir = first(params.dir);
  const filters = {} as FilterValues<F>;
  for (const [name, schema] of Object.entries(spec.filters) as [keyof F & string, z.ZodType][]) {
    const raw = first(params[name]);
    const parsed = raw === undefined || raw === "" ? undefined : schema.safeParse(raw);
    filters[name] = (parsed?.success ? parsed.data : undefined) as FilterValues<F>[typeof name];
  }
  const fallback = defaultOrderOf(spec, filters);
  const sizes = pageSizesOf(spec);
  return {
    q,
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
    pageSize: sizes.sizes.includes(pageSize) ? pageSize : sizes.fallback,
    sort: sort && (spec.sorts as readonly string[]).includes(sort) ? (sort as S) : fallback.sort,
    dir: dir === "asc" || dir === "desc" ? dir : fallback.dir,
    filters,
  };
}

/**
 * The query as URL parameters, defaults left out, with `changes` applied (a sort link, a page link).
 * Changing anything but the page goes back to page 1.
 */
export function listSearch<S extends string, F extends z.ZodRawShape>(
  spec: ListSpec<S, F>,
  query: ListQuery<S, F>,
  changes: Partial<Pick<ListQuery<S, F>, "q" | "page" | "pageSize" | "sort" | "dir">> & { filters?: Partial<FilterValues<F>> } = {},
): string {
  const next = { ...query, ...changes, filters: { ...query.filters, ...changes.filters } };
  if (!("page" in changes)) next.page = 1;
  const search = new URLSearchParams();
  if (next.q) search.set("q", next.q);
  for (const [name, value] of Object.entries(next.filters)) if (value !== undefined && value !== null && value !== "") search.set(name, String(value));
  const fallback = defaultOrderOf(spec, next.filters);
  if (next.sort !== fallback.sort || next.dir !== fallback.dir) {
    search.set("sort", next.sort);
    search.set("dir", next.dir);
  }
  if (next.pageSize !== pageSizesOf(spec).fallback) search.set("pageSize", String(next.pageSize));
  if (next.page > 1) search.set("page", String(next.page));
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** Rows to skip and take for the query's page. */
export function pageWindow(query: { page: number; pageSize: number }): { skip: number; take: number } {
  return { skip: (query.page - 1) * query.pageSize, take: query.pageSize };
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** A list's page: its rows, how many match in all, and where the page stands. */
export interface ListPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Ids picked with the list's checkboxes (`ids=a&ids=b` or `ids=a,b`), de-duplicated and bounded. */
export function parseIds(value: string | string[] | undefined, max = 100): string[] {
  const raw = (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(","));
  return [...new Set(raw.map((v) => v.trim()).filter((v) => /^[A-Za-z0-9_-]{1,64}$/.test(v)))].slice(0, max);
}

/**
 * Where a bulk action returns: the list's own query (`back`, as the bulk form carried it) plus what was
 * done. Only a query string is accepted, never a path, so it cannot redirect anywhere else.
 */
export function returnSearch(back: string | undefined, done: Record<string, string | number>): string {
  const search = new URLSearchParams(back && back.startsWith("?") ? back.slice(1) : "");
  for (const name of ["done", "count", "skipped"]) search.delete(name);
  for (const [name, value] of Object.entries(done)) search.set(name, String(value));
  return `?${search.toString()}`;
}
