import { getTranslations, setRequestLocale } from "next-intl/server";
import { BulkActions, ListFilters, ListNotice, ListPager, RowCheckbox, SortHeader } from "@/components/backoffice/list";
import { SelectAll } from "@/components/backoffice/select-all";
import { localizedHref } from "@/i18n/localized-href";
import { formatDateTime } from "@/lib/format";
import { listSearch, parseListQuery, type SearchParams } from "@/lib/list-query";
import { OCOP_GROUPS } from "@/lib/ocop-groups";
import { requirePageAccess } from "@/server/auth/session";
import { subregionChoices } from "@/server/auth/scope";
import { reviewIdeaAction } from "@/server/ideas/actions";
import { IDEA_LIST, IDEA_STATUSES, listIdeasForOfficer } from "@/server/ideas/queries";

const DECISIONS = ["UNDER_REVIEW", "ACCEPTED", "DECLINED"] as const;

export default async function IdeasInbox({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("idea.review", locale, "/admin/ideas");
  const search = await searchParams;
  const query = parseListQuery(IDEA_LIST, search);
  const [t, tList, tGroups, page, regions] = await Promise.all([
    getTranslations({ locale, namespace: "ideas" }),
    getTranslations({ locale, namespace: "backoffice.list" }),
    getTranslations({ locale, namespace: "common.groups" }),
    listIdeasForOfficer(viewer, query),
    subregionChoices(viewer),
  ]);
  const path = "/admin/ideas";
  const href = (changes: Parameters<typeof listSearch<typeof query.sort, typeof IDEA_LIST.filters>>[2]) => localizedHref(`${path}${listSearch(IDEA_LIST, query, changes)}`, locale);
  const sortHeader = (column: typeof query.sort, label: string) => (
    <SortHeader label={label} active={query.sort === column} dir={query.dir} href={href({ sort: column, dir: query.sort === column && query.dir === "asc" ? "desc" : "asc" })} />
  );
  const back = listSearch(IDEA_LIST, query, { page: query.page });
  const skipped = Number(search.skipped) || 0;
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("inbox")}</h1>
      {search.done === "saved" ? <ListNotice>{t("admin.saved")}</ListNotice> : null}
      {search.done === "review" ? (
        <ListNotice>
          {t("admin.done", { count: Number(search.count) || 0 })} {skipped > 0 ? tList("skipped", { count: skipped }) : null}
        </ListNotice>
      ) : null}
      <ListFilters
        locale={locale}
        path={path}
        q={query.q}
        searchLabel={t("admin.search")}
        searchPlaceholder={t("admin.searchPlaceholder")}
        keep={{ sort: search.sort as string | undefined, dir: search.dir as string | undefined, pageSize: search.pageSize as string | undefined }}
        csvHref={`${path}/export${listSearch(IDEA_LIST, query)}`}
        filters={[
          { name: "status", label: t("admin.statusFilter"), value: query.filters.status, options: IDEA_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })) },
          { name: "group", label: t("admin.groupFilter"), value: query.filters.group, options: OCOP_GROUPS.map((g) => ({ value: g, label: tGroups(g) })) },
          ...(regions.length > 0 ? [{ name: "region", label: t("admin.regionFilter"), value: query.filters.region, options: regions.map((r) => ({ value: r.id, label: r.name })) }] : []),
        ]}
      />
      <BulkActions locale={locale} confirmPath="/admin/ideas/confirm" actions={DECISIONS.map((s) => ({ value: s, label: t("admin.setEllipsis", { status: t(`status.${s}`) }) }))}>
        <input type="hidden" name="back" value={back} />
      </BulkActions>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b-2 border-slate-400">
            <tr>
              <th scope="col" className="px-2 py-2">
                <SelectAll label={tList("selectAll")} />
              </th>
              {sortHeader("title", t("admin.columns.title"))}
              <th scope="col" className="px-2 py-2">{t("admin.columns.proposer")}</th>
              <th scope="col" className="px-2 py-2">{t("admin.columns.commune")}</th>
              {sortHeader("status", t("admin.columns.status"))}
              {sortHeader("created", t("admin.columns.created"))}
              <th scope="col" className="px-2 py-2">{t("decision")}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((idea) => (
              <tr key={idea.id} className="border-b border-slate-200 align-top" data-testid="idea-row">
                <td className="px-2 py-2">
                  <RowCheckbox id={idea.id} label={tList("select", { name: idea.title })} />
                </td>
                <td className="max-w-md px-2 py-2">
                  <strong>{idea.title}</strong>
                  {idea.group ? <span className="block text-xs text-slate-600">{tGroups(idea.group)}</span> : null}
                  <details>
                    <summary className="cursor-pointer text-xs text-brand-800">{t("description")}</summary>
                    <p className="whitespace-pre-wrap">{idea.description}</p>
                  </details>
                </td>
                <td className="px-2 py-2">
                  {idea.proposerName}
                  <span className="block text-xs">{idea.proposerContact}</span>
                </td>
                <td className="px-2 py-2">{idea.commune ?? <em className="text-slate-600">{t("admin.noCommune")}</em>}</td>
                <td className="px-2 py-2">
                  {t(`status.${idea.status}`)}
                  {idea.reviewedBy && idea.reviewedAt ? <span className="block text-xs text-slate-600">{t("admin.reviewedBy", { name: idea.reviewedBy, when: formatDateTime(idea.reviewedAt, locale) })}</span> : null}
                </td>
                <td className="px-2 py-2">{formatDateTime(idea.createdAt, locale)}</td>
                <td className="px-2 py-2">
                  <form action={reviewIdeaAction} className="flex flex-col gap-1">
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="ideaId" value={idea.id} />
                    <input type="hidden" name="back" value={back} />
                    <label className="sr-only" htmlFor={`status-${idea.id}`}>
                      {t("decision")}
                    </label>
                    <select id={`status-${idea.id}`} name="status" defaultValue={idea.status === "NEW" ? "UNDER_REVIEW" : idea.status} className="rounded border border-slate-500 px-2 py-1">
                      {DECISIONS.map((s) => (
                        <option key={s} value={s}>
                          {t(`status.${s}`)}
                        </option>
                      ))}
                    </select>
                    <label className="sr-only" htmlFor={`note-${idea.id}`}>
                      {t("note")}
                    </label>
                    <input id={`note-${idea.id}`} name="reviewNote" defaultValue={idea.reviewNote} placeholder={t("note")} maxLength={2000} className="rounded border border-slate-500 px-2 py-1" />
                    <button type="submit" className="rounded border border-slate-500 px-3 py-1 font-semibold">
                      {t("save")}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.items.length === 0 ? <p>{tList("empty")}</p> : null}
      <ListPager locale={locale} page={page.page} pageSize={page.pageSize} total={page.total} hrefFor={(n) => href({ page: n })} hrefForSize={(size) => href({ pageSize: size })} />
    </section>
  );
}
