import { optionalMessage } from "@/i18n/optional-message";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListFilters, ListTable } from "@/components/backoffice/list";
import { Link } from "@/i18n/navigation";
import { formatDay } from "@/lib/format";
import { LEGAL_FORM_LABELS } from "@/lib/ocop-groups";
import { requirePageAccess } from "@/server/auth/session";
import { getProgrammeContext, listOrganisationChanges } from "@/server/programme/queries";
import { one, pageOf, programmeOf, type Query } from "../_components/query";
import { recordsHref, SavedNotice, ScopeBar, withProgramme } from "../_components/scope-bar";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> };

const PATH = "/admin/programme/organisations";

export default async function OrganisationChangesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, PATH);
  const query = await searchParams;
  const [t, tList] = await Promise.all([getTranslations({ locale, namespace: "programme" }), getTranslations({ locale, namespace: "backoffice.list" })]);
  const context = await getProgrammeContext(viewer, programmeOf(query));
  if (!context) return <p>{t("admin.noProgramme")}</p>;
  const q = one(query, "q")?.trim() || undefined;
  const page = pageOf(query);
  const list = await listOrganisationChanges(viewer, context.scope, q, page);
  const slug = context.programme.slug;
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
      <ListFilters locale={locale} path={PATH} q={q ?? ""} searchLabel={t("records.searchLabel")} keep={{ programme: slug }} filters={[]} />
      <p className="font-semibold" data-testid="list-total">{t("records.total", { count: list.total })}</p>
      <ListTable
        locale={locale}
        label={t("records.organisations.title")}
        query={{ page, pageSize: list.pageSize }}
        total={list.total}
        href={recordsHref(PATH, slug, locale, q)}
        pageSizes={false}
        empty={t("records.empty")}
        columns={[{ label: t("records.organisations.name") }, { label: t("records.organisations.kind") }, { label: t("list.legalForm") }, { label: t("list.changedOn") }, { label: t("records.commune") }, { label: t("records.organisations.linkedProducer") }, { label: tList("actions") }]}
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
