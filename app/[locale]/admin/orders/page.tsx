import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListFilters, listHref, ListNotice, ListTable, RowCheckbox } from "@/components/backoffice/list";
import { localizedHref } from "@/i18n/localized-href";
import { formatDateTime, formatVnd } from "@/lib/format";
import { listSearch, parseListQuery, type SearchParams } from "@/lib/list-query";
import { PAYMENT_STATUSES, SUB_ORDER_STATUSES } from "@/lib/order-status";
import { requirePageAccess } from "@/server/auth/session";
import { subregionChoices } from "@/server/auth/scope";
import { listOrdersForOfficer, ORDER_LIST, totalsByProducerAndMonth } from "@/server/orders/queries";

/**
 * Every order part of the officer's region, like every other officer list (lib/list-query): searched,
 * filtered and sorted on the server, a page at a time, and a CSV of exactly what is filtered.
 */
export default async function AdminOrdersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("order.viewAll", locale, "/admin/orders");
  const search = await searchParams;
  const query = parseListQuery(ORDER_LIST, search);
  const [page, totals, regions, t, tList] = await Promise.all([
    listOrdersForOfficer(viewer, query),
    totalsByProducerAndMonth(viewer, { limit: 24 }),
    subregionChoices(viewer),
    getTranslations({ locale, namespace: "orders" }),
    getTranslations({ locale, namespace: "backoffice.list" }),
  ]);
  const path = "/admin/orders";
  const href = listHref(ORDER_LIST, query, path, locale);
  const money = (n: number) => formatVnd(n, locale);
  const f = query.filters;
  const skipped = Number(search.skipped) || 0;

  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("admin.title")}</h1>
      <p>{t("admin.intro")}</p>
      {search.done === "paid" ? (
        <ListNotice>
          {t("admin.bulk.done", { count: Number(search.count) || 0 })} {skipped > 0 ? tList("skipped", { count: skipped }) : null}
        </ListNotice>
      ) : null}
      <ListFilters
        locale={locale}
        path={path}
        q={query.q}
        searchLabel={t("admin.search")}
        searchPlaceholder={t("admin.searchPlaceholder")}
        keep={{ sort: search.sort as string | undefined, dir: search.dir as string | undefined, pageSize: search.pageSize as string | undefined }}
        csvHref={`${path}/export${listSearch(ORDER_LIST, query)}`}
        filters={[
          { name: "status", label: t("admin.status"), value: f.status, options: SUB_ORDER_STATUSES.map((s) => ({ value: s, label: t(`order.status.${s}`) })) },
          { name: "payment", label: t("admin.paymentFilter"), value: f.payment, options: PAYMENT_STATUSES.map((s) => ({ value: s, label: t(`order.paymentStatus.${s}`) })) },
          ...(regions.length > 0 ? [{ name: "region", label: t("admin.regionFilter"), value: f.region, options: regions.map((r) => ({ value: r.id, label: r.name })) }] : []),
        ]}
        dates={{ fromLabel: t("admin.from"), toLabel: t("admin.to"), from: f.from, to: f.to }}
      />
      <p className="text-sm text-slate-700" data-testid="orders-found">
        {t("admin.found", { count: page.total })}
      </p>
      <ListTable
        locale={locale}
        label={t("admin.title")}
        query={query}
        total={page.total}
        href={href}
        empty={t("admin.empty")}
        bulk={{
          confirmPath: "/admin/orders/confirm",
          back: listSearch(ORDER_LIST, query, { page: query.page }),
          actions: [{ value: "paid", label: t("admin.bulk.markPaidEllipsis") }],
        }}
        columns={[
          { label: t("admin.code") },
          { label: t("admin.date"), sort: "date" },
          { label: t("admin.customer") },
          { label: t("admin.producer"), sort: "producer" },
          { label: t("admin.status"), sort: "status" },
          { label: t("admin.payment") },
          { label: t("admin.orderTotal"), sort: "total", align: "end" },
        ]}
      >
        {page.items.map((row) => (
          <tr key={row.id} className="border-b border-slate-200 align-top" data-testid="order-row">
            <td className="px-2 py-2">
              <RowCheckbox id={row.id} label={tList("select", { name: `${row.code} · ${row.producerName}` })} />
            </td>
            <td className="px-2 py-2">
              <a href={localizedHref(`/admin/orders/${row.code}`, locale)} className="font-mono font-semibold text-brand-800 underline">
                {row.code}
              </a>
            </td>
            <td className="whitespace-nowrap px-2 py-2">{formatDateTime(row.createdAt, locale)}</td>
            <td className="px-2 py-2">
              {row.customerName}
              <span className="block text-slate-700">{row.phone}</span>
            </td>
            <td className="px-2 py-2">
              {row.producerName}
              <span className="block text-xs text-slate-600">{row.commune}</span>
            </td>
            <td className="px-2 py-2">{t(`order.status.${row.status}`)}</td>
            <td className="px-2 py-2">
              {t(`method.${row.paymentMethod}`)}
              <span className="block text-xs text-slate-600">{t(`order.paymentStatus.${row.paymentStatus}`)}</span>
            </td>
            <td className="whitespace-nowrap px-2 py-2 text-right">
              {money(row.totalVnd)}
              {row.totalVnd !== row.subtotalVnd + row.shippingVnd ? (
                <span className="block text-xs text-slate-600">
                  {t("admin.goods")}: {money(row.subtotalVnd)}
                </span>
              ) : null}
            </td>
          </tr>
        ))}
      </ListTable>
      <section aria-labelledby="totals" className="space-y-2">
        <h2 id="totals" className="text-lg font-semibold">
          {t("admin.totals")}
        </h2>
        {totals.length === 0 ? (
          <p>{t("admin.empty")}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1">{t("admin.month")}</th>
                <th scope="col">{t("admin.producer")}</th>
                <th scope="col" className="text-right">{t("admin.orders")}</th>
                <th scope="col" className="text-right">{t("admin.revenue")}</th>
              </tr>
            </thead>
            <tbody>
              {totals.map((row) => (
                <tr key={`${row.month}-${row.producerId}`} className="border-b border-slate-200">
                  <td className="py-1">{row.month}</td>
                  <td>{row.producerName}</td>
                  <td className="text-right">{row.orders}</td>
                  <td className="text-right">{money(row.revenueVnd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
