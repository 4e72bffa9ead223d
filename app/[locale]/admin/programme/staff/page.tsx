import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListFilters, listHref, ListTable } from "@/components/backoffice/list";
import { Link } from "@/i18n/navigation";
import { formatDay } from "@/lib/format";
import { listSearch, parseListQuery, type SearchParams } from "@/lib/list-query";
import { requirePageAccess } from "@/server/auth/session";
import { getProgrammeContext, listOcopStaff, STAFF_LIST } from "@/server/programme/queries";
import { SavedNotice, ScopeBar, withProgramme } from "../_components/scope-bar";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

const PATH = "/admin/programme/staff";

export default async function OcopStaffPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, PATH);
  const search = await searchParams;
  const query = parseListQuery(STAFF_LIST, search);
  const [t, tList] = await Promise.all([getTranslations({ locale, namespace: "programme" }), getTranslations({ locale, namespace: "backoffice.list" })]);
  const context = await getProgrammeContext(viewer, query.filters.programme ?? null);
  if (!context) return <p>{t("admin.noProgramme")}</p>;
  const list = await listOcopStaff(viewer, context.scope, query);
  const slug = context.programme.slug;
  const day = (d: string | null) => (d ? formatDay(d, locale) : "—");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("records.staff.title")}</h1>
      <p>{t("records.staff.intro")}</p>
      <ScopeBar context={context} locale={locale} path={PATH} />
      <SavedNotice locale={locale} query={search} />
      <p>
        <Link href={withProgramme(`${PATH}/new`, slug)} className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("records.staff.new")}
        </Link>
      </p>
      <ListFilters
        locale={locale}
        path={PATH}
        q={query.q}
        searchLabel={t("records.searchLabel")}
        keep={{ programme: slug, sort: search.sort as string | undefined, dir: search.dir as string | undefined, pageSize: search.pageSize as string | undefined }}
        csvHref={`${PATH}/export${listSearch(STAFF_LIST, query, { filters: { programme: slug } })}`}
        filters={[]}
      />
      <p className="font-semibold" data-testid="list-total">{t("records.total", { count: list.total })}</p>
      <ListTable
        locale={locale}
        label={t("records.staff.title")}
        query={query}
        total={list.total}
        href={listHref(STAFF_LIST, query, PATH, locale)}
        empty={t("records.empty")}
        columns={[
          { label: t("records.staff.name"), sort: "name" },
          { label: t("records.staff.position") },
          { label: t("records.staff.region"), sort: "region" },
          { label: t("records.staff.servingFrom"), sort: "servingFrom" },
          { label: t("records.staff.servingUntil") },
          { label: t("records.staff.trained"), sort: "trained" },
          { label: tList("actions") },
        ]}
      >
        {list.rows.map((row) => (
          <tr key={row.id} className="border-b border-slate-200 align-top">
            <th scope="row" className="px-2 py-2 text-left font-normal">{row.name}</th>
            <td className="px-2 py-2">{row.position}</td>
            <td className="px-2 py-2">{row.regionName}</td>
            <td className="px-2 py-2">{day(row.servingFrom)}</td>
            <td className="px-2 py-2">{day(row.servingUntil)}</td>
            <td className="px-2 py-2">{row.trainedOn ? `${day(row.trainedOn)} · ${row.training}` : t("records.staff.notTrained")}</td>
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
