import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListFilters, listHref, ListTable } from "@/components/backoffice/list";
import { Link } from "@/i18n/navigation";
import { formatDay } from "@/lib/format";
import { listSearch, parseListQuery, type SearchParams } from "@/lib/list-query";
import { requirePageAccess } from "@/server/auth/session";
import { getProgrammeContext, listCommuneTeams, TEAM_LIST } from "@/server/programme/queries";
import { SavedNotice, ScopeBar, withProgramme } from "../_components/scope-bar";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

const PATH = "/admin/programme/teams";

/** The programme region's communes today, each with its OCOP team or none. */
export default async function CommuneTeamsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, PATH);
  const search = await searchParams;
  const query = parseListQuery(TEAM_LIST, search);
  const [t, tList] = await Promise.all([getTranslations({ locale, namespace: "programme" }), getTranslations({ locale, namespace: "backoffice.list" })]);
  const context = await getProgrammeContext(viewer, query.filters.programme ?? null);
  if (!context) return <p>{t("admin.noProgramme")}</p>;
  const list = await listCommuneTeams(viewer, context, query);
  const slug = context.programme.slug;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("records.teams.title")}</h1>
      <p>{t("records.teams.intro")}</p>
      <ScopeBar context={context} locale={locale} path={PATH} />
      <SavedNotice locale={locale} query={search} />
      {context.communes.length === 0 ? <p role="status">{t("records.nationwideNoCommunes")}</p> : null}
      <ListFilters
        locale={locale}
        path={PATH}
        q={query.q}
        searchLabel={t("records.teams.searchLabel")}
        keep={{ programme: slug, sort: search.sort as string | undefined, dir: search.dir as string | undefined, pageSize: search.pageSize as string | undefined }}
        csvHref={`${PATH}/export${listSearch(TEAM_LIST, query, { filters: { programme: slug } })}`}
        filters={[]}
      />
      <p className="font-semibold" data-testid="list-total">{t("records.total", { count: list.total })}</p>
      <ListTable
        locale={locale}
        label={t("records.teams.title")}
        query={query}
        total={list.total}
        href={listHref(TEAM_LIST, query, PATH, locale)}
        empty={t("records.empty")}
        columns={[
          { label: t("records.commune"), sort: "commune" },
          { label: t("records.teams.status"), sort: "established" },
          { label: t("records.teams.decisionNumber") },
          { label: tList("actions") },
        ]}
      >
        {list.rows.map((row) => (
          <tr key={row.regionId} className="border-b border-slate-200 align-top">
            <th scope="row" className="px-2 py-2 text-left font-normal">{row.name}</th>
            <td className="px-2 py-2">{row.team ? t("records.teams.since", { date: formatDay(row.team.establishedOn, locale) }) : t("records.teams.none")}</td>
            <td className="px-2 py-2">{row.team?.decisionNumber ?? ""}</td>
            <td className="px-2 py-2">
              <Link href={withProgramme(`${PATH}/${row.regionId}`, slug)} aria-label={`${row.team ? t("records.edit") : t("records.teams.record")}: ${row.name}`} className="text-brand-800 underline underline-offset-2">
                {row.team ? t("records.edit") : t("records.teams.record")}
              </Link>
            </td>
          </tr>
        ))}
      </ListTable>
    </div>
  );
}
