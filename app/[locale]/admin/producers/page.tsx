import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListFilters, listHref, ListNotice, ListTable, RowCheckbox } from "@/components/backoffice/list";
import { localizedHref } from "@/i18n/localized-href";
import { formatDay } from "@/lib/format";
import { listSearch, parseListQuery, type SearchParams } from "@/lib/list-query";
import { requirePageAccess } from "@/server/auth/session";
import { subregionChoices } from "@/server/auth/scope";
import { listProducersForAdmin, PRODUCER_LIST } from "@/server/producers/admin-queries";

const LEGAL_FORMS = ["HOUSEHOLD", "COOPERATIVE", "COOPERATIVE_GROUP", "ENTERPRISE"] as const;

export default async function AdminProducers({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("producer.manage", locale, "/admin/producers");
  const search = await searchParams;
  const query = parseListQuery(PRODUCER_LIST, search);
  // Where a confirmation returns: this very view of the list (the bulk form carries it too).
  const listQuery = listSearch(PRODUCER_LIST, query, { page: query.page });
  const back = encodeURIComponent(listQuery);
  const [t, tList, tForms, tProfile, page, regions] = await Promise.all([
    getTranslations({ locale, namespace: "admin.producers" }),
    getTranslations({ locale, namespace: "backoffice.list" }),
    getTranslations({ locale, namespace: "common.legalForms" }),
    getTranslations({ locale, namespace: "profile" }),
    listProducersForAdmin(viewer, query),
    subregionChoices(viewer),
  ]);
  const path = "/admin/producers";
  const href = listHref(PRODUCER_LIST, query, path, locale);
  const done = typeof search.done === "string" && (search.done === "suspend" || search.done === "reactivate") ? search.done : null;
  const count = Number(search.count) || 0;
  const skipped = Number(search.skipped) || 0;
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <a href={localizedHref("/admin/producers/new", locale)} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          {tProfile("add")}
        </a>
      </div>
      {done ? (
        <ListNotice>
          {t(`done.${done}`, { count })} {skipped > 0 ? tList("skipped", { count: skipped }) : null}
        </ListNotice>
      ) : null}
      <ListFilters
        locale={locale}
        path={path}
        q={query.q}
        searchLabel={t("search")}
        searchPlaceholder={t("searchPlaceholder")}
        keep={{ sort: search.sort as string | undefined, dir: search.dir as string | undefined, pageSize: search.pageSize as string | undefined }}
        csvHref={`${path}/export${listSearch(PRODUCER_LIST, query)}`}
        filters={[
          { name: "status", label: t("statusFilter"), value: query.filters.status, options: (["ACTIVE", "SUSPENDED"] as const).map((s) => ({ value: s, label: t(`status.${s}`) })) },
          { name: "legalForm", label: t("legalFormFilter"), value: query.filters.legalForm, options: LEGAL_FORMS.map((f) => ({ value: f, label: tForms(f) })) },
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
          confirmPath: "/admin/producers/confirm",
          back: listQuery,
          actions: [
            { value: "suspend", label: t("suspendEllipsis"), danger: true },
            { value: "reactivate", label: t("reactivateEllipsis") },
          ],
        }}
        columns={[
          { label: t("columns.name"), sort: "name" },
          { label: t("columns.legalForm") },
          { label: t("columns.commune"), sort: "commune" },
          { label: t("columns.products"), sort: "products", align: "end" },
          { label: t("columns.accounts"), align: "end" },
          { label: t("columns.status"), sort: "status" },
          { label: t("columns.registeredOn"), sort: "registeredOn" },
          { label: tList("actions") },
        ]}
      >
        {page.items.map((p) => (
          <tr key={p.id} className="border-b border-slate-200 align-top" data-testid="producer-row">
            <td className="px-2 py-2">
              <RowCheckbox id={p.id} label={tList("select", { name: p.name })} />
            </td>
            <td className="px-2 py-2">
              <a href={localizedHref(`/admin/producers/${p.id}`, locale)} className="font-semibold text-brand-800 underline">
                {p.name}
              </a>
            </td>
            <td className="px-2 py-2">{tForms(p.legalForm)}</td>
            <td className="px-2 py-2">
              {p.commune}
              {p.area ? <span className="block text-xs text-slate-600">{p.area}</span> : null}
            </td>
            <td className="px-2 py-2 text-right">
              <a href={localizedHref(`/admin/products?producer=${p.id}`, locale)} className="underline">
                {p.products}
              </a>
            </td>
            <td className="px-2 py-2 text-right">
              <a href={localizedHref(`/admin/accounts?producer=${p.id}`, locale)} className="underline">
                {p.accounts}
              </a>
            </td>
            <td className="px-2 py-2">
              {t(`status.${p.status}`)}
              {p.suspendedReason ? <span className="block text-xs text-slate-600">{p.suspendedReason}</span> : null}
            </td>
            <td className="px-2 py-2">{formatDay(p.registeredOn, locale)}</td>
            <td className="px-2 py-2">
              <a
                href={localizedHref(`/admin/producers/confirm?action=${p.status === "ACTIVE" ? "suspend" : "reactivate"}&ids=${p.id}&back=${back}`, locale)}
                className={p.status === "ACTIVE" ? "text-red-900 underline" : "text-brand-800 underline"}
              >
                {p.status === "ACTIVE" ? t("suspendEllipsis") : t("reactivateEllipsis")}
              </a>
            </td>
          </tr>
        ))}
      </ListTable>
    </section>
  );
}
