import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pagination } from "@/components/products/pagination";
import { Link } from "@/i18n/navigation";
import { localizedHref } from "@/i18n/localized-href";
import { formatDay } from "@/lib/format";
import { formatVnd } from "@/lib/money";
import { requirePageAccess } from "@/server/auth/session";
import { getProgrammeContext, listStallSupports } from "@/server/programme/queries";
import { ProducerPicker } from "../_components/producer-picker";
import { one, pageOf, programmeOf, type Query } from "../_components/query";
import { SavedNotice, ScopeBar, withProgramme } from "../_components/scope-bar";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> };

const PATH = "/admin/programme/stalls";

export default async function StallSupportsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, PATH);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "programme" });
  const context = await getProgrammeContext(viewer, programmeOf(query));
  if (!context) return <p>{t("admin.noProgramme")}</p>;
  const q = one(query, "q")?.trim() || undefined;
  const page = pageOf(query);
  const list = await listStallSupports(viewer, context.scope, q, page);
  const slug = context.programme.slug;
  const pageCount = Math.max(1, Math.ceil(list.total / list.pageSize));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("records.stalls.title")}</h1>
      <p>{t("records.stalls.intro")}</p>
      <ScopeBar context={context} locale={locale} path={PATH} />
      <SavedNotice locale={locale} query={query} />
      <ProducerPicker viewer={viewer} context={context} locale={locale} path={PATH} target={`${PATH}/new`} find={one(query, "find")} />
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
              <th scope="col" className="py-1 pr-2">{t("records.producer")}</th>
              <th scope="col" className="py-1 pr-2">{t("records.commune")}</th>
              <th scope="col" className="py-1 pr-2">{t("records.stalls.supportedOn")}</th>
              <th scope="col" className="py-1 pr-2">{t("records.stalls.place")}</th>
              <th scope="col" className="py-1 pr-2 text-right">{t("records.stalls.amountVnd")}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-2 text-left font-normal">{row.producerName}</th>
                <td className="py-1 pr-2">{row.communeName}</td>
                <td className="py-1 pr-2">{formatDay(row.supportedOn, locale)}</td>
                <td className="py-1 pr-2">{row.place}</td>
                <td className="py-1 pr-2 text-right tabular-nums">{row.amountVnd === null ? "—" : formatVnd(row.amountVnd, locale)}</td>
                <td className="py-1">
                  <Link href={withProgramme(`${PATH}/${row.id}`, slug)} aria-label={`${t("records.edit")}: ${row.producerName}, ${formatDay(row.supportedOn, locale)}`} className="text-brand-800 underline underline-offset-2">
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
