import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isAppError } from "@/lib/errors";
import { requirePageAccess } from "@/server/auth/session";
import { getSubOrderForProducer } from "@/server/orders/queries";

/** A plain page laid out for paper: the browser's print command (Ctrl+P) prints it; chrome is hidden by .no-print. */
export default async function PackingSlipPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("order.fulfilOwn", locale, `/studio/orders/${id}/packing-slip`);
  const order = await getSubOrderForProducer(viewer, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations({ locale, namespace: "orders.studio" });
  return (
    <article className="max-w-2xl space-y-4 bg-white p-6 text-black">
      <h1 className="text-2xl font-bold">{t("slipTitle", { code: order.code })}</h1>
      <dl className="grid grid-cols-[8rem_1fr] gap-1">
        <dt className="font-semibold">{t("customer")}</dt>
        <dd>{order.customerName}</dd>
        <dt className="font-semibold">{t("phone")}</dt>
        <dd>{order.phone}</dd>
        <dt className="font-semibold">{t("address")}</dt>
        <dd>{order.address}</dd>
        {order.note ? (
          <>
            <dt className="font-semibold">{t("note")}</dt>
            <dd>{order.note}</dd>
          </>
        ) : null}
      </dl>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr>
            <th scope="col" className="border border-black px-2 py-1">{t("product")}</th>
            <th scope="col" className="border border-black px-2 py-1">{t("unit")}</th>
            <th scope="col" className="border border-black px-2 py-1 text-right">{t("quantity")}</th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((item, i) => (
            <tr key={i}>
              <td className="border border-black px-2 py-1">{item.name}</td>
              <td className="border border-black px-2 py-1">{item.unit}</td>
              <td className="border border-black px-2 py-1 text-right">{item.quantity}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
