import { optionalMessage } from "@/i18n/optional-message";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pagination } from "@/components/products/pagination";
import { Link } from "@/i18n/navigation";
import { localizedHref } from "@/i18n/localized-href";
import { formatDay } from "@/lib/format";
import { LEGAL_FORM_LABELS } from "@/lib/ocop-groups";
import { requirePageAccess } from "@/server/auth/session";
import { getProgrammeContext, listOrganisationChanges } from "@/server/programme/queries";
import { one, pageOf, programmeOf, type Query } from "../_components/query";
import { SavedNotice, ScopeBar, withProgramme } from "../_components/scope-bar";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> };

const PATH = "/admin/programme/organisations";

export default async function OrganisationChangesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, PATH);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "programme" });
  const context = await getProgrammeContext(viewer, programmeOf(query));
  if (!context) return <p>{t("admin.noProgramme")}</p>;
  const q = one(query, "q")?.trim() || undefined;
  const page = pageOf(query);
  const list = await listOrganisationChanges(viewer, context.scope, q, page);
  const slug = context.programme.slug;
  const pageCount = Math.max(1, Math.ceil(list.total / list.pageSize));
  const legalForm = (key: string) => LEGAL_FORM_LABELS[key as keyof typeof LEGAL_FORM_LABELS]?.[locale === "en" ? "en" : "vi"] ?? key;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("records.organisations.title")}</h1>
      <p>{t("records.organisations.intro")}</p>
      <ScopeBar context={context} locale={locale} path={PATH} />
      <SavedNotice locale={locale} query={query} />
      <p>
        <Link href={withProgramme(`${PATH}/new`, slug)} className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("records.organisations.new")}
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
              <th scope="col" className="py-1 pr-2">{t("records.organisations.name")}</th>
              <th scope="col" className="py-1 pr-2">{t("records.organisations.kind")}</th>
              <th scope="col" className="py-1 pr-2">{t("list.legalForm")}</th>
              <th scope="col" className="py-1 pr-2">{t("list.changedOn")}</th>
              <th scope="col" className="py-1 pr-2">{t("records.commune")}</th>
              <th scope="col" className="py-1 pr-2">{t("records.organisations.linkedProducer")}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-2 text-left font-normal">{row.name}</th>
                <td className="py-1 pr-2">{optionalMessage(t, `organisationKinds.${row.kind}`) ?? row.kind}</td>
                <td className="py-1 pr-2">{legalForm(row.legalForm)}</td>
                <td className="py-1 pr-2">{formatDay(row.changedOn, locale)}</td>
                <td className="py-1 pr-2">{row.communeName}</td>
                <td className="py-1 pr-2">{row.producerName ?? "—"}</td>
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
