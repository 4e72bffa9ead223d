import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListFilters, listHref, ListNotice, ListTable, RowCheckbox } from "@/components/backoffice/list";
import { localizedHref } from "@/i18n/localized-href";
import { formatDateTime } from "@/lib/format";
import { listSearch, parseListQuery, type SearchParams } from "@/lib/list-query";
import { ACCOUNT_LIST, listAccounts } from "@/server/accounts/queries";
import { requirePageAccess } from "@/server/auth/session";
import { subregionChoices } from "@/server/auth/scope";

export default async function AdminAccounts({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("account.manage", locale, "/admin/accounts");
  const search = await searchParams;
  const query = parseListQuery(ACCOUNT_LIST, search);
  // Where a confirmation returns: this very view of the list (the bulk form carries it too).
  const listQuery = listSearch(ACCOUNT_LIST, query, { page: query.page });
  const back = encodeURIComponent(listQuery);
  const [t, tList, page, regions] = await Promise.all([
    getTranslations({ locale, namespace: "admin.accounts" }),
    getTranslations({ locale, namespace: "backoffice.list" }),
    listAccounts(viewer, query),
    subregionChoices(viewer),
  ]);
  const path = "/admin/accounts";
  const href = listHref(ACCOUNT_LIST, query, path, locale);
  const done = search.done === "disable" || search.done === "enable" ? search.done : null;
  const skipped = Number(search.skipped) || 0;
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <a href={localizedHref("/admin/accounts/new", locale)} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("new")}
        </a>
      </div>
      <p>{t("intro")}</p>
      {done ? (
        <ListNotice>
          {t(`done.${done}`, { count: Number(search.count) || 0 })} {skipped > 0 ? tList("skipped", { count: skipped }) : null}
        </ListNotice>
      ) : null}
      <ListFilters
        locale={locale}
        path={path}
        q={query.q}
        searchLabel={t("search")}
        searchPlaceholder={t("searchPlaceholder")}
        keep={{ sort: search.sort as string | undefined, dir: search.dir as string | undefined, pageSize: search.pageSize as string | undefined, producer: query.filters.producer }}
        csvHref={`${path}/export${listSearch(ACCOUNT_LIST, query)}`}
        filters={[
          { name: "role", label: t("roleFilter"), value: query.filters.role, options: (["PRODUCER", "ADMIN"] as const).map((r) => ({ value: r, label: t(`roles.${r}`) })) },
          { name: "state", label: t("stateFilter"), value: query.filters.state, options: (["ACTIVE", "INVITED", "DISABLED"] as const).map((s) => ({ value: s, label: t(`states.${s}`) })) },
          ...(regions.length > 0 ? [{ name: "region", label: t("regionFilter"), value: query.filters.region, options: regions.map((r) => ({ value: r.id, label: r.name })) }] : []),
        ]}
      />
      <ListTable
        locale={locale}
        label={t("title")}
        query={query}
        total={page.total}
        href={href}
        empty={tList("empty")}
        bulk={{
          confirmPath: "/admin/accounts/confirm",
          back: listQuery,
          actions: [
            { value: "resend", label: t("resendEllipsis") },
            { value: "enable", label: t("enableEllipsis") },
            { value: "disable", label: t("disableEllipsis"), danger: true },
          ],
        }}
        columns={[
          { label: t("columns.name"), sort: "name" },
          { label: t("columns.email"), sort: "email" },
          { label: t("columns.role") },
          { label: t("columns.of") },
          { label: t("columns.state") },
          { label: t("columns.lastLogin"), sort: "lastLogin" },
          { label: t("columns.created"), sort: "created" },
          { label: tList("actions") },
        ]}
      >
        {page.items.map((a) => (
          <tr key={a.id} className="border-b border-slate-200 align-top" data-testid="account-row">
            <td className="px-2 py-2">
              <RowCheckbox id={a.id} label={tList("select", { name: a.name })} />
            </td>
            <td className="px-2 py-2 font-semibold">{a.name}</td>
            <td className="px-2 py-2">{a.email}</td>
            <td className="px-2 py-2">{t(`roles.${a.role}`)}</td>
            <td className="px-2 py-2">
              {a.producerId ? (
                <a href={localizedHref(`/admin/producers/${a.producerId}`, locale)} className="underline">
                  {a.producerName}
                </a>
              ) : (
                (a.regionName ?? t("wholeCountry"))
              )}
            </td>
            <td className="px-2 py-2">
              {t(`states.${a.state}`)}
              {a.state === "INVITED" ? (
                <span className="block text-xs text-slate-600">
                  {a.invitationExpired || !a.invitationExpiresAt ? t("invitationExpired") : t("invitationUntil", { until: formatDateTime(a.invitationExpiresAt, locale) })}
                </span>
              ) : null}
            </td>
            <td className="px-2 py-2">{a.lastLoginAt ? formatDateTime(a.lastLoginAt, locale) : t("never")}</td>
            <td className="px-2 py-2">{formatDateTime(a.createdAt, locale)}</td>
            <td className="px-2 py-2">
              {a.state === "INVITED" ? (
                <a href={localizedHref(`/admin/accounts/confirm?action=resend&ids=${a.id}&back=${back}`, locale)} className="block text-brand-800 underline">
                  {t("resendEllipsis")}
                </a>
              ) : null}
              {a.state === "DISABLED" ? (
                <a href={localizedHref(`/admin/accounts/confirm?action=enable&ids=${a.id}&back=${back}`, locale)} className="block text-brand-800 underline">
                  {t("enableEllipsis")}
                </a>
              ) : a.id !== viewer.userId ? (
                <a href={localizedHref(`/admin/accounts/confirm?action=disable&ids=${a.id}&back=${back}`, locale)} className="block text-red-900 underline">
                  {t("disableEllipsis")}
                </a>
              ) : null}
            </td>
          </tr>
        ))}
      </ListTable>
    </section>
  );
}
