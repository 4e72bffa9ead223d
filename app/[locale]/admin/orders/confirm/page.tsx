import { getTranslations, setRequestLocale } from "next-intl/server";
import { backQuery, ConfirmPage } from "@/components/backoffice/confirm-page";
import { formatVnd } from "@/lib/format";
import { parseIds, type SearchParams } from "@/lib/list-query";
import { requirePageAccess } from "@/server/auth/session";
import { markTransfersReceivedAction } from "@/server/orders/actions";
import { subOrdersForTransferConfirmation } from "@/server/orders/queries";

/** What a bulk "transfer received" will record (each part's amount and the total), before anything does. */
export default async function ConfirmTransfersReceived({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("order.viewAll", locale, "/admin/orders");
  const search = await searchParams;
  const [t, plan] = await Promise.all([getTranslations({ locale, namespace: "orders" }), subOrdersForTransferConfirmation(viewer, parseIds(search.ids))]);
  const items = plan.items.map((part) => ({
    id: part.id,
    description: (
      <>
        <strong className="font-mono">{part.code}</strong> · {part.producerName} · {part.customerName} · {t(`method.${part.paymentMethod}`)} · {t(`order.paymentStatus.${part.paymentStatus}`)} ·{" "}
        {t(`order.status.${part.status}`)}
        {part.transferNote ? ` · ${t("admin.bulk.note", { note: part.transferNote })}` : ""} · <strong>{formatVnd(part.amountVnd, locale)}</strong>
      </>
    ),
    skipped: part.skipped ? t(`admin.bulk.skip.${part.skipped}`) : undefined,
  }));
  const count = items.filter((item) => !item.skipped).length;
  return (
    <ConfirmPage
      locale={locale}
      listPath="/admin/orders"
      back={backQuery(search.back)}
      heading={t("admin.bulk.title", { count, total: formatVnd(plan.totalVnd, locale) })}
      explain={t("admin.bulk.explain")}
      items={items}
      form={{ action: markTransfersReceivedAction, hidden: {}, submitLabel: t("admin.bulk.button") }}
    />
  );
}
