import { optionalMessage } from "@/i18n/optional-message";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListFilters, listHref, ListTable } from "@/components/backoffice/list";
import { Link } from "@/i18n/navigation";
import { formatDay } from "@/lib/format";
import { listSearch, parseListQuery, type SearchParams } from "@/lib/list-query";
import { LEGAL_FORM_LABELS } from "@/lib/ocop-groups";
import { requirePageAccess } from "@/server/auth/session";
import { getProgrammeContext, listOrganisationChanges, ORGANISATION_LIST } from "@/server/programme/queries";
import { SavedNotice, ScopeBar, withProgramme } from "../_components/scope-bar";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

const PATH = "/admin/programme/organisations";

export default async function OrganisationChangesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, PATH);
  const search = await searchParams;
  const query = parseListQuery(ORGANISATION_LIST, search);
  const [t, tList] = await Promise.all([getTranslations({ locale, namespace: "programme" }), getTranslations({ locale, namespace: "backoffice.list" })]);
  const context = await getProgrammeContext(viewer, query.filters.programme ?? null);
  if (!context) return <p>{t("admin.noProgramme")}</p>;
  const list = await listOrganisationChanges(viewer, context.scope, query);
  const slug = context.programme.slug;
  const legalForm = (key: string) => LEGAL_FORM_LABELS[key as keyof typeof LEGAL_FORM_LABELS]?.[locale === "en" ? "en" : "vi"] ?? key;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("records.organisations.title")}</h1>
      <p>{t("records.organisations.intro")}</p>
      <ScopeBar context={context} locale={locale} path={PATH} />
      <SavedNotice locale={locale} query={search} />
      <p>
        <Link href={withProgramme(`${PATH}/new`, slug)} className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("records.organisations.new")}
        </Link>
      </p>
      <ListFilters
        locale={locale}
        path={PATH}
        q={query.q}
        searchLabel={t("records.searchLabel")}
        keep={{ programme: slug, sort: search.sort as string | undefined, dir: search.dir as string | undefined, pageSize: search.pageSize as string | undefined }}
        csvHref={`${PATH}/export${listSearch(ORGANISATION_LIST, query, { filters: { programme: slug } })}`}
        filters={[]}
      />
      <p className="font-semibold" data-testid="list-total">{t("records.total", { count: list.total })}</p>
      <ListTable
        locale={locale}
        label={t("records.organisations.title")}
        query={query}
        total={list.total}
        href={listHref(ORGANISATION_LIST, query, PATH, locale)}
        empty={t("records.empty")}
        columns={[
          { label: t("records.organisations.name"), sort: "name" },
          { label: t("records.organisations.kind") },
          { label: t("list.legalForm") },
          { label: t("list.changedOn"), sort: "date" },
          { label: t("records.commune"), sort: "commune" },
          { label: t("records.organisations.linkedProducer") },
          { label: tList("actions") },
        ]}
      >
        {list.rows.map((row) => (
          <tr key={row.id} className="border-b border-slate-200 align-top">
            <th scope="row" className="px-2 py-2 text-left font-normal">{row.name}</th>
            <td className="px-2 py-2">{optionalMessage(t, `organisationKinds.${row.kind}`) ?? row.kind}</td>
            <td className="px-2 py-2">{legalForm(row.legalForm)}</td>
            <td className="px-2 py-2">{formatDay(row.changedOn, locale)}</td>
            <td className="px-2 py-2">{row.communeName}</td>
            <td className="px-2 py-2">{row.producerName ?? "—"}</td>
            <td className="px-2 py-2">
              <Link href={withProgramme(`${PATH}/${row.id}`, slug)} aria-label={`${t("records.edit")}: ${row.name}`} className="text-brand-800 underline underline-offset-2">
                {t("records.edit")}
              </Link>
            </td>
          </tr>
        ))}
      </ListTable>
    </div>
  );
}
