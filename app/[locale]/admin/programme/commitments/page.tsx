import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListFilters, listHref, ListNotice, ListTable, RowCheckbox } from "@/components/backoffice/list";
import { Link } from "@/i18n/navigation";
import { formatDay } from "@/lib/format";
import { listSearch, parseListQuery, type SearchParams } from "@/lib/list-query";
import { COMMITMENT_KINDS } from "@/lib/programme-figures";
import { requirePageAccess } from "@/server/auth/session";
import { COMMITMENT_LIST, COMMITMENT_STATUSES, getProgrammeContext, listCommitmentChecklist } from "@/server/programme/queries";
import { ScopeBar, withProgramme } from "../_components/scope-bar";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

const PATH = "/admin/programme/commitments";

/** Producers of the programme's region and their five commitments: searched, filtered, sorted and paged in SQL. */
export default async function CommitmentsChecklistPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, PATH);
  const search = await searchParams;
  const query = parseListQuery(COMMITMENT_LIST, search);
  const [t, tList] = await Promise.all([getTranslations({ locale, namespace: "programme" }), getTranslations({ locale, namespace: "backoffice.list" })]);
  const context = await getProgrammeContext(viewer, query.filters.programme ?? null);
  if (!context) return <p>{t("admin.noProgramme")}</p>;
  const list = await listCommitmentChecklist(viewer, context.scope, query);
  const slug = context.programme.slug;
  const href = listHref(COMMITMENT_LIST, query, PATH, locale);
  // Where a confirmation returns: this very view of the list, its programme included.
  const listQuery = listSearch(COMMITMENT_LIST, query, { page: query.page, filters: { programme: slug } });
  const done = search.done === "commit";

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("checklist.title")}</h1>
      <p>{t("checklist.intro")}</p>
      <ScopeBar context={context} locale={locale} path={PATH} />
      {done ? (
        <ListNotice>
          {t("checklist.bulk.done", { count: Number(search.count) || 0 })} {Number(search.skipped) > 0 ? tList("skipped", { count: Number(search.skipped) }) : null}
        </ListNotice>
      ) : null}
      <ListFilters
        locale={locale}
        path={PATH}
        q={query.q}
        searchLabel={t("records.searchLabel")}
        keep={{ programme: slug, sort: search.sort as string | undefined, dir: search.dir as string | undefined, pageSize: search.pageSize as string | undefined }}
        csvHref={`${PATH}/export${listSearch(COMMITMENT_LIST, query, { filters: { programme: slug } })}`}
        filters={[
          ...(context.communes.length > 0
            ? [{ name: "commune", label: t("checklist.commune"), value: query.filters.commune, options: context.communes.map((c) => ({ value: c.slug, label: c.name })) }]
            : []),
          { name: "status", label: t("checklist.status"), value: query.filters.status, options: COMMITMENT_STATUSES.map((s) => ({ value: s, label: t(`checklist.statuses.${s}`) })) },
        ]}
      />
      <p className="font-semibold" data-testid="list-total">
        {t("records.total", { count: list.total })}
      </p>
      <ListTable
        locale={locale}
        label={t("checklist.title")}
        query={query}
        total={list.total}
        href={href}
        empty={t("records.empty")}
        bulk={{ confirmPath: `${PATH}/confirm`, back: listQuery, actions: [{ value: "commit", label: t("checklist.bulk.action") }] }}
        columns={[
          { label: t("checklist.producer"), sort: "producer" },
          { label: t("checklist.commune"), sort: "commune" },
          ...COMMITMENT_KINDS.map((kind) => ({ label: t(`commitments.${kind}`) })),
          { label: t("checklist.complete"), sort: "commitments" },
          { label: tList("actions") },
        ]}
      >
        {list.rows.map((row) => {
          const done = new Map(row.commitments.map((c) => [c.kind, c.committedOn]));
          return (
            <tr key={row.producerId} className="border-b border-slate-200 align-top">
              <td className="px-2 py-2">
                <RowCheckbox id={row.producerId} label={tList("select", { name: row.name })} />
              </td>
              <th scope="row" className="px-2 py-2 text-left font-normal">
                {row.name}
                {row.status === "SUSPENDED" ? ` (${t("checklist.suspended")})` : null}
              </th>
              <td className="px-2 py-2">{row.communeName}</td>
              {COMMITMENT_KINDS.map((kind) => {
                const day = done.get(kind);
                return (
                  <td key={kind} className="px-2 py-2">
                    {day ? formatDay(day, locale) : "—"}
                  </td>
                );
              })}
              <td className="px-2 py-2 font-semibold">{done.size === COMMITMENT_KINDS.length ? "✓" : `${done.size}/5`}</td>
              <td className="px-2 py-2">
                <Link
                  href={withProgramme(`${PATH}/${row.producerId}`, slug)}
                  aria-label={`${t("checklist.edit")}: ${row.name}`}
                  className="text-brand-800 underline underline-offset-2"
                >
                  {t("checklist.edit")}
                </Link>
              </td>
            </tr>
          );
        })}
      </ListTable>
    </div>
  );
}
