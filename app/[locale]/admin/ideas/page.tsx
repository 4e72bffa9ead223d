import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListFilters, listHref, ListNotice, ListTable, RowCheckbox } from "@/components/backoffice/list";
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
  const href = listHref(IDEA_LIST, query, path, locale);
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
      <ListTable
        locale={locale}
        label={t("inbox")}
        query={query}
        total={page.total}
        href={href}
        empty={tList("empty")}
        bulk={{ confirmPath: "/admin/ideas/confirm", back, actions: DECISIONS.map((s) => ({ value: s, label: t("admin.setEllipsis", { status: t(`status.${s}`) }) })) }}
        columns={[
          { label: t("admin.columns.title"), sort: "title" },
          { label: t("admin.columns.proposer") },
          { label: t("admin.columns.commune") },
          { label: t("admin.columns.status"), sort: "status" },
          { label: t("admin.columns.created"), sort: "created" },
          { label: t("decision") },
        ]}
      >
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
      </ListTable>
    </section>
  );
}
