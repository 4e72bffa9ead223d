import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListFilters, listHref, ListTable } from "@/components/backoffice/list";
import { Link } from "@/i18n/navigation";
import { formatDay, formatVnd } from "@/lib/format";
import { listSearch, parseListQuery, type SearchParams } from "@/lib/list-query";
import { requirePageAccess } from "@/server/auth/session";
import { getProgrammeContext, listStallSupports, STALL_LIST } from "@/server/programme/queries";
import { ProducerPicker } from "../_components/producer-picker";
import { one } from "../_components/query";
import { SavedNotice, ScopeBar, withProgramme } from "../_components/scope-bar";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

const PATH = "/admin/programme/stalls";

export default async function StallSupportsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, PATH);
  const search = await searchParams;
  const query = parseListQuery(STALL_LIST, search);
  const [t, tList] = await Promise.all([getTranslations({ locale, namespace: "programme" }), getTranslations({ locale, namespace: "backoffice.list" })]);
  const context = await getProgrammeContext(viewer, query.filters.programme ?? null);
  if (!context) return <p>{t("admin.noProgramme")}</p>;
  const list = await listStallSupports(viewer, context.scope, query);
  const slug = context.programme.slug;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("records.stalls.title")}</h1>
      <p>{t("records.stalls.intro")}</p>
      <ScopeBar context={context} locale={locale} path={PATH} />
      <SavedNotice locale={locale} query={search} />
      <ProducerPicker viewer={viewer} context={context} locale={locale} path={PATH} target={`${PATH}/new`} find={one(search, "find")} />
      <ListFilters
        locale={locale}
        path={PATH}
        q={query.q}
        searchLabel={t("records.searchLabel")}
        keep={{ programme: slug, sort: search.sort as string | undefined, dir: search.dir as string | undefined, pageSize: search.pageSize as string | undefined }}
        csvHref={`${PATH}/export${listSearch(STALL_LIST, query, { filters: { programme: slug } })}`}
        filters={[]}
      />
      <p className="font-semibold" data-testid="list-total">{t("records.total", { count: list.total })}</p>
      <ListTable
        locale={locale}
        label={t("records.stalls.title")}
        query={query}
        total={list.total}
        href={listHref(STALL_LIST, query, PATH, locale)}
        empty={t("records.empty")}
        columns={[
          { label: t("records.producer"), sort: "producer" },
          { label: t("records.commune"), sort: "commune" },
          { label: t("records.stalls.supportedOn"), sort: "date" },
          { label: t("records.stalls.place") },
          { label: t("records.stalls.amountVnd"), sort: "amount", align: "end" },
          { label: tList("actions") },
        ]}
      >
        {list.rows.map((row) => (
          <tr key={row.id} className="border-b border-slate-200 align-top">
            <th scope="row" className="px-2 py-2 text-left font-normal">{row.producerName}</th>
            <td className="px-2 py-2">{row.communeName}</td>
            <td className="px-2 py-2">{formatDay(row.supportedOn, locale)}</td>
            <td className="px-2 py-2">{row.place}</td>
            <td className="px-2 py-2 text-right tabular-nums">{row.amountVnd === null ? "—" : formatVnd(row.amountVnd, locale)}</td>
            <td className="px-2 py-2">
              <Link href={withProgramme(`${PATH}/${row.id}`, slug)} aria-label={`${t("records.edit")}: ${row.producerName}, ${formatDay(row.supportedOn, locale)}`} className="text-brand-800 underline underline-offset-2">
                {t("records.edit")}
              </Link>
            </td>
          </tr>
        ))}
      </ListTable>
    </div>
  );
}
