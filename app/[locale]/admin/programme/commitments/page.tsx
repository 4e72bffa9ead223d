import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pagination } from "@/components/products/pagination";
import { Link } from "@/i18n/navigation";
import { localizedHref } from "@/i18n/localized-href";
import { formatDay } from "@/lib/format";
import { COMMITMENT_KINDS } from "@/lib/programme-figures";
import { requirePageAccess } from "@/server/auth/session";
import { COMMITMENT_STATUSES, getProgrammeContext, listCommitmentChecklist } from "@/server/programme/queries";
import { commitmentFilters, pageOf, programmeOf, type Query } from "../_components/query";
import { ScopeBar, withProgramme } from "../_components/scope-bar";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> };

/** Producers of the programme's region and their five commitments: searched, filtered and paged in SQL. */
export default async function CommitmentsChecklistPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, "/admin/programme/commitments");
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "programme" });
  const context = await getProgrammeContext(viewer, programmeOf(query));
  if (!context) return <p>{t("admin.noProgramme")}</p>;
  const filters = commitmentFilters(query);
  const page = pageOf(query);
  const list = await listCommitmentChecklist(viewer, context.scope, filters, page);
  const slug = context.programme.slug;
  const filterParams = { q: filters.q, commune: filters.commune, status: filters.status };
  const pageCount = Math.max(1, Math.ceil(list.total / list.pageSize));
  const field = "rounded border border-slate-500 bg-white px-2 py-1";

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("checklist.title")}</h1>
      <p>{t("checklist.intro")}</p>
      <ScopeBar context={context} locale={locale} path="/admin/programme/commitments" />
      <form method="get" action={localizedHref("/admin/programme/commitments", locale)} className="flex flex-wrap items-end gap-3" role="search">
        <input type="hidden" name="programme" value={slug} />
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-q" className="font-semibold">{t("records.searchLabel")}</label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} className={field} />
        </div>
        {context.communes.length > 0 ? (
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-commune" className="font-semibold">{t("checklist.commune")}</label>
            <select id="filter-commune" name="commune" defaultValue={filters.commune ?? ""} className={field}>
              <option value="">{t("checklist.communeAll")}</option>
              {context.communes.map((c) => (
                <option key={c.id} value={c.slug}>{c.name}</option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-status" className="font-semibold">{t("checklist.status")}</label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ""} className={field}>
            <option value="">{t("checklist.statusAll")}</option>
            {COMMITMENT_STATUSES.map((s) => (
              <option key={s} value={s}>{t(`checklist.statuses.${s}`)}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800">
          {t("checklist.filter")}
        </button>
      </form>
      <p className="flex flex-wrap items-center gap-4">
        <span className="font-semibold" data-testid="list-total">{t("records.total", { count: list.total })}</span>
        <a href={localizedHref(withProgramme("/admin/programme/commitments/export", slug, filterParams), locale)} className="text-brand-800 underline underline-offset-2" download>
          {t("checklist.csv")}
        </a>
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-2">{t("checklist.producer")}</th>
              <th scope="col" className="py-1 pr-2">{t("checklist.commune")}</th>
              {COMMITMENT_KINDS.map((kind) => (
                <th key={kind} scope="col" className="py-1 pr-2">{t(`commitments.${kind}`)}</th>
              ))}
              <th scope="col" className="py-1 pr-2">{t("checklist.complete")}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => {
              const done = new Map(row.commitments.map((c) => [c.kind, c.committedOn]));
              return (
                <tr key={row.producerId} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-2 text-left font-normal">
                    {row.name}
                    {row.status === "SUSPENDED" ? ` (${t("checklist.suspended")})` : null}
                  </th>
                  <td className="py-1 pr-2">{row.communeName}</td>
                  {COMMITMENT_KINDS.map((kind) => {
                    const day = done.get(kind);
                    return <td key={kind} className="py-1 pr-2">{day ? formatDay(day, locale) : "—"}</td>;
                  })}
                  <td className="py-1 pr-2 font-semibold">{done.size === COMMITMENT_KINDS.length ? "✓" : `${done.size}/5`}</td>
                  <td className="py-1">
                    <Link
                      href={withProgramme(`/admin/programme/commitments/${row.producerId}`, slug)}
                      aria-label={`${t("checklist.edit")}: ${row.name}`}
                      className="text-brand-800 underline underline-offset-2"
                    >
                      {t("checklist.edit")}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {list.rows.length === 0 ? <p>{t("records.empty")}</p> : null}
      <Pagination
        locale={locale}
        page={Math.min(page, pageCount)}
        pageCount={pageCount}
        hrefFor={(n) => withProgramme("/admin/programme/commitments", slug, { ...filterParams, page: n > 1 ? String(n) : undefined })}
      />
    </div>
  );
}
