import { getTranslations } from "next-intl/server";
import { Children, type ReactNode } from "react";
import type { z } from "zod";
import { localizedHref } from "@/i18n/localized-href";
import { formatNumber } from "@/lib/format";
import { listSearch, PAGE_SIZES, pageCount, type ListQuery, type ListSpec, type SortDirection } from "@/lib/list-query";
import { SelectAll } from "./select-all";

/**
 * The parts every back-office list is made of: a search-and-filter form (GET, so a filtered list is a
 * URL to bookmark or share), sortable column headers, a pager, a CSV link of exactly what is filtered,
 * and checkboxes feeding a bulk action that always goes through a confirmation page. Plain links and
 * forms: it all works without JavaScript. Row links are plain anchors (not next/link) to keep a
 * hundred-row page light.
 *
 * `ListTable` is the skeleton every officer list page stands on: the page parses its query, calls the
 * domain and renders its rows; the skeleton draws the rest (bulk bar, named table, sortable headers,
 * empty state, pager), so the lists cannot drift apart in markup or accessibility.
 */

/** A change to a list's view: what a sort header, pager or page-size link asks for. */
export interface ListChanges<S extends string> {
  sort?: S;
  dir?: SortDirection;
  page?: number;
  pageSize?: number;
}

/**
 * A list-query list's links: its own URL with `changes` applied (lib/list-query `listSearch`: defaults
 * left out, back to page 1 unless the page is what changes), in the viewer's language. `hash` keeps a
 * list that is one section of a longer page in view.
 */
export function listHref<S extends string, F extends z.ZodRawShape>(spec: ListSpec<S, F>, query: ListQuery<S, F>, path: string, locale: string, hash = "") {
  return (changes: Parameters<typeof listSearch<S, F>>[2] = {}) => localizedHref(`${path}${listSearch(spec, query, changes)}${hash}`, locale);
}

/** A column of a list: its header, the sort key it orders by (none: not sortable), its alignment. */
export interface ListColumn<S extends string> {
  label: string;
  sort?: S;
  /** "end" for figures and amounts, so digits line up. */
  align?: "start" | "end";
}

/**
 * An officer list: the bulk bar (when the list has bulk actions), the table with its name, sortable
 * column headers (`aria-sort` on the sorted one; plain links, reachable by keyboard), the rows the page
 * rendered, the empty message when there are none, and the pager.
 */
export async function ListTable<S extends string>({
  locale,
  label,
  columns,
  query,
  total,
  href,
  bulk,
  empty,
  pageSizes = true,
  children,
}: {
  locale: string;
  /** The table's name (its caption, read by screen readers). */
  label: string;
  columns: readonly ListColumn<S>[];
  /** Where the list stands; `sort` absent for a list with one fixed order. */
  query: { sort?: S; dir?: SortDirection; page: number; pageSize: number };
  total: number;
  href: (changes: ListChanges<S>) => string;
  /** Bulk actions on ticked rows (each row then starts with a `RowCheckbox`), and the list view to return to. */
  bulk?: { confirmPath: string; back: string; actions: readonly { value: string; label: string; danger?: boolean }[] };
  empty: string;
  /** false for a list with one page size. */
  pageSizes?: boolean;
  /** The rows (`<tr>`), rendered by the page. */
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "backoffice.list" });
  return (
    <>
      {bulk ? (
        <BulkActions locale={locale} confirmPath={bulk.confirmPath} actions={bulk.actions}>
          <input type="hidden" name="back" value={bulk.back} />
        </BulkActions>
      ) : null}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{label}</caption>
          <thead className="border-b-2 border-slate-400">
            <tr>
              {bulk ? (
                <th scope="col" className="px-2 py-2">
                  <SelectAll label={t("selectAll")} />
                </th>
              ) : null}
              {columns.map((column) =>
                column.sort && query.sort ? (
                  <SortHeader
                    key={column.label}
                    label={column.label}
                    align={column.align}
                    active={query.sort === column.sort}
                    dir={query.dir ?? "asc"}
                    href={href({ sort: column.sort, dir: query.sort === column.sort && query.dir === "asc" ? "desc" : "asc" })}
                  />
                ) : (
                  <th key={column.label} scope="col" className={`px-2 py-2 ${column.align === "end" ? "text-right" : ""}`}>
                    {column.label}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
      {Children.count(children) === 0 ? <p>{empty}</p> : null}
      <ListPager
        locale={locale}
        page={query.page}
        pageSize={query.pageSize}
        total={total}
        hrefFor={(page) => href({ page })}
        hrefForSize={pageSizes ? (pageSize) => href({ pageSize }) : undefined}
      />
    </>
  );
}

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterField {
  name: string;
  label: string;
  value: string | undefined;
  options: readonly FilterOption[];
}

export async function ListFilters({
  locale,
  path,
  q,
  searchLabel,
  searchPlaceholder,
  filters,
  keep = {},
  csvHref,
  dates,
}: {
  locale: string;
  /** The list's own path, e.g. "/admin/producers". */
  path: string;
  q: string;
  searchLabel: string;
  searchPlaceholder?: string;
  filters: readonly FilterField[];
  /** Parameters the form carries over unchanged (sort, page size). */
  keep?: Record<string, string | undefined>;
  csvHref?: string;
  /** A range of calendar days in Vietnam (`from`, `to`, inclusive), as date inputs. */
  dates?: { fromLabel: string; toLabel: string; from: string | undefined; to: string | undefined };
}) {
  const t = await getTranslations({ locale, namespace: "backoffice.list" });
  const active = !!q || filters.some((f) => f.value) || !!dates?.from || !!dates?.to;
  return (
    <form method="get" action={localizedHref(path, locale)} role="search" aria-label={t("filters")} className="flex flex-wrap items-end gap-3 rounded border border-slate-300 bg-slate-50 p-3">
      <label className="flex min-w-48 flex-1 flex-col text-sm font-semibold">
        {searchLabel}
        <input type="search" name="q" defaultValue={q} placeholder={searchPlaceholder} maxLength={100} className="mt-1 rounded border border-slate-500 bg-white px-2 py-1 font-normal" />
      </label>
      {filters.map((filter) => (
        <label key={filter.name} className="flex flex-col text-sm font-semibold">
          {filter.label}
          <select name={filter.name} defaultValue={filter.value ?? ""} className="mt-1 max-w-56 rounded border border-slate-500 bg-white px-2 py-1 font-normal">
            <option value="">{t("all")}</option>
            {filter.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      {dates
        ? (
            [
              ["from", dates.fromLabel, dates.from],
              ["to", dates.toLabel, dates.to],
            ] as const
          ).map(([name, label, value]) => (
            <label key={name} className="flex flex-col text-sm font-semibold">
              {label}
              <input type="date" name={name} defaultValue={value} className="mt-1 rounded border border-slate-500 bg-white px-2 py-1 font-normal" />
            </label>
          ))
        : null}
      {Object.entries(keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800">
        {t("apply")}
      </button>
      {active ? (
        <a href={localizedHref(path, locale)} className="py-1.5 text-brand-800 underline">
          {t("clear")}
        </a>
      ) : null}
      {csvHref ? (
        <a href={localizedHref(csvHref, locale)} className="ml-auto rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-800" download>
          {t("csv")}
        </a>
      ) : null}
    </form>
  );
}

/** A column header that sorts by its column; a second click reverses the order. */
function SortHeader({ label, href, active, dir, align }: { label: string; href: string; active: boolean; dir: SortDirection; align?: "start" | "end" }) {
  return (
    <th scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined} className={`px-2 py-2 ${align === "end" ? "text-right" : ""}`}>
      <a href={href} className="inline-flex items-center gap-1 text-brand-800 underline-offset-2 hover:underline">
        {label}
        <span aria-hidden="true" className="text-xs">
          {active ? (dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </a>
    </th>
  );
}

/** "1–50 of 8,014", previous/next and the page size, as links. */
export async function ListPager({
  locale,
  page,
  pageSize,
  total,
  hrefFor,
  hrefForSize,
}: {
  locale: string;
  page: number;
  pageSize: number;
  total: number;
  hrefFor: (page: number) => string;
  /** Absent for a list with one page size. */
  hrefForSize?: (size: number) => string;
}) {
  const t = await getTranslations({ locale, namespace: "backoffice.list" });
  const pages = pageCount(total, pageSize);
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p role="status">{t("showing", { from: formatNumber(from, locale), to: formatNumber(to, locale), total: formatNumber(total, locale) })}</p>
      <div className="flex items-center gap-3">
        {page > 1 ? (
          <a href={hrefFor(Math.min(page - 1, pages))} rel="prev" className="text-brand-800 underline">
            {t("previous")}
          </a>
        ) : null}
        <span>{t("pageOf", { page: formatNumber(Math.min(page, pages), locale), pages: formatNumber(pages, locale) })}</span>
        {page < pages ? (
          <a href={hrefFor(page + 1)} rel="next" className="text-brand-800 underline">
            {t("next")}
          </a>
        ) : null}
      </div>
      {hrefForSize ? (
        <p className="flex items-center gap-2">
          {t("perPage")}
          {PAGE_SIZES.map((size) =>
            size === pageSize ? (
              <strong key={size} aria-current="true">
                {size}
              </strong>
            ) : (
              <a key={size} href={hrefForSize(size)} className="text-brand-800 underline">
                {size}
              </a>
            ),
          )}
        </p>
      ) : null}
    </nav>
  );
}

/** A row's checkbox for the bulk form (`form="bulk"`): the table stays outside that form. */
export function RowCheckbox({ id, label }: { id: string; label: string }) {
  return <input type="checkbox" name="ids" value={id} form="bulk" aria-label={label} className="h-4 w-4" />;
}

/**
 * The bulk form: picked rows go, with the chosen action, to the list's confirmation page (GET), which
 * shows exactly what will change before anything does. `ListTable` draws it; a list that is not a
 * table (a fair's booth requests are cards) draws it itself, with a `SelectAll` and `RowCheckbox`es.
 */
export async function BulkActions({
  locale,
  confirmPath,
  actions,
  children,
}: {
  locale: string;
  confirmPath: string;
  actions: readonly { value: string; label: string; danger?: boolean }[];
  children?: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "backoffice.list" });
  return (
    <form id="bulk" method="get" action={localizedHref(confirmPath, locale)} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-semibold">{t("selected")}</span>
      {children}
      {actions.map((action) => (
        <button
          key={action.value}
          type="submit"
          name="action"
          value={action.value}
          className={`rounded border px-3 py-1 font-semibold ${action.danger ? "border-red-800 text-red-900" : "border-slate-500"}`}
        >
          {action.label}
        </button>
      ))}
    </form>
  );
}

/** A confirmation or result notice above a list. */
export function ListNotice({ children, tone = "ok" }: { children: ReactNode; tone?: "ok" | "error" }) {
  return tone === "ok" ? (
    <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 font-semibold text-green-900">
      {children}
    </p>
  ) : (
    <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 font-semibold text-red-900">
      {children}
    </p>
  );
}
