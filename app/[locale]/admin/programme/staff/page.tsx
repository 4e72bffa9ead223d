import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pagination } from "@/components/products/pagination";
import { Link } from "@/i18n/navigation";
import { localizedHref } from "@/i18n/localized-href";
import { formatDay } from "@/lib/format";
import { requirePageAccess } from "@/server/auth/session";
import { getProgrammeContext, listOcopStaff } from "@/server/programme/queries";
import { one, pageOf, programmeOf, type Query } from "../_components/query";
import { SavedNotice, ScopeBar, withProgramme } from "../_components/scope-bar";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> };

const PATH = "/admin/programme/staff";

export default async function OcopStaffPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, PATH);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "programme" });
  const context = await getProgrammeContext(viewer, programmeOf(query));
  if (!context) return <p>{t("admin.noProgramme")}</p>;
  const q = one(query, "q")?.trim() || undefined;
  const page = pageOf(query);
  const list = await listOcopStaff(viewer, context.scope, q, page);
  const slug = context.programme.slug;
  const pageCount = Math.max(1, Math.ceil(list.total / list.pageSize));
  const day = (d: string | null) => (d ? formatDay(d, locale) : "—");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("records.staff.title")}</h1>
      <p>{t("records.staff.intro")}</p>
      <ScopeBar context={context} locale={locale} path={PATH} />
      <SavedNotice locale={locale} query={query} />
      <p>
        <Link href={withProgramme(`${PATH}/new`, slug)} className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("records.staff.new")}
        </Link>
      </p>
      <form method="get" action={localizedHref(PATH, locale)} className="flex flex-wrap items-end gap-2" role="search">
        <input type="hidden" name="programme" value={slug} />
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-q" className="font-semibold">{t("records.searchLabel")}</label>
          <input id="filter-q" name="q" type="search" defaultValue={q ?? ""} className="rounded border border-slate-500 bg-white px-2 py-1" />
        </div>
        <button type="submit" className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-800">{t("records.search")}</button>
      </form>
      <p className="font-semibold" data-testid="list-total">{t("records.total", { count: list.total })}</p>
      {list.rows.length === 0 ? <p>{t("records.empty")}</p> : (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-2">{t("records.staff.name")}</th>
              <th scope="col" className="py-1 pr-2">{t("records.staff.position")}</th>
              <th scope="col" className="py-1 pr-2">{t("records.staff.region")}</th>
              <th scope="col" className="py-1 pr-2">{t("records.staff.servingFrom")}</th>
              <th scope="col" className="py-1 pr-2">{t("records.staff.servingUntil")}</th>
              <th scope="col" className="py-1 pr-2">{t("records.staff.trained")}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-2 text-left font-normal">{row.name}</th>
                <td className="py-1 pr-2">{row.position}</td>
                <td className="py-1 pr-2">{row.regionName}</td>
                <td className="py-1 pr-2">{day(row.servingFrom)}</td>
                <td className="py-1 pr-2">{day(row.servingUntil)}</td>
                <td className="py-1 pr-2">{row.trainedOn ? `${day(row.trainedOn)} · ${row.training}` : t("records.staff.notTrained")}</td>
                <td className="py-1">
                  <Link href={withProgramme(`${PATH}/${row.id}`, slug)} aria-label={`${t("records.edit")}: ${row.name}`} className="text-brand-800 underline underline-offset-2">
                    {t("records.edit")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination locale={locale} page={Math.min(page, pageCount)} pageCount={pageCount} hrefFor={(n) => withProgramme(PATH, slug, { q, page: n > 1 ? String(n) : undefined })} />
    </div>
  );
}
