import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrintButton } from "@/components/programme/print-button";
import { isAppError } from "@/lib/errors";
import { formatDateTime, formatVnd } from "@/lib/format";
import { requirePageAccess } from "@/server/auth/session";
import { getSubOrderForProducer } from "@/server/orders/queries";

/**
 * A packing slip laid out for paper: sender and recipient, order date, the cash to collect, the items.
 * When printed, the site's header, footer and the back office's menu are left out (.no-print).
 */
export default async function PackingSlipPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("order.fulfilOwn", locale, `/studio/orders/${id}/packing-slip`);
  const order = await getSubOrderForProducer(viewer, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations({ locale, namespace: "orders" });
  const cell = "border border-black px-2 py-1";
  return (
    <article className="max-w-2xl space-y-4 bg-white p-6 text-black">
      <div className="flex items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("studio.slipTitle", { code: order.code })}</h1>
        <PrintButton label={t("studio.print")} />
      </div>
      <p>
        {t("studio.orderDate")}: <strong>{formatDateTime(order.createdAt, locale)}</strong>
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="slip-sender" className="border border-black p-3">
          <h2 id="slip-sender" className="font-bold uppercase">{t("studio.sender")}</h2>
          <p className="font-semibold">{order.sender.name}</p>
          {order.sender.phone ? <p>{order.sender.phone}</p> : null}
          <p>{order.sender.address}</p>
        </section>
        <section aria-labelledby="slip-recipient" className="border border-black p-3">
          <h2 id="slip-recipient" className="font-bold uppercase">{t("studio.recipient")}</h2>
          <p className="font-semibold">{order.customerName}</p>
          <p>{order.phone}</p>
          <p>{order.address}</p>
        </section>
      </div>
      <p className="border-2 border-black p-3 text-xl" data-testid="slip-cod">
        {t("studio.codAmount")}: <strong>{order.amountToCollectVnd > 0 ? formatVnd(order.amountToCollectVnd, locale) : t("studio.nothingToCollect")}</strong>
      </p>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr>
            <th scope="col" className={cell}>{t("studio.product")}</th>
            <th scope="col" className={cell}>{t("studio.unit")}</th>
            <th scope="col" className={`${cell} text-right`}>{t("studio.quantity")}</th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((item, i) => (
            <tr key={i}>
              <td className={cell}>{item.name}</td>
              <td className={cell}>{item.unit}</td>
              <td className={`${cell} text-right`}>{item.quantity}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {order.note ? (
        <p>
          {t("studio.note")}: {order.note}
        </p>
      ) : null}
    </article>
  );
}
