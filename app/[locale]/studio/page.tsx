import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatDay } from "@/lib/format";
import { requirePageAccess } from "@/server/auth/session";
import { countSubOrdersToConfirm } from "@/server/orders/queries";
import { getStudioDashboard } from "@/server/products/studio-queries";

export default async function StudioHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("studio.access", locale, "/studio");
  const t = await getTranslations({ locale, namespace: "backoffice" });
  const tStatus = await getTranslations({ locale, namespace: "listings.status" });
  const [dashboard, waiting, tOrders] = await Promise.all([getStudioDashboard(viewer), countSubOrdersToConfirm(viewer), getTranslations({ locale, namespace: "orders.studio" })]);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">{t("welcome", { name: viewer.name })}</h1>
      <div className="rounded border border-brand-700 bg-brand-50 p-3" data-testid="orders-waiting">
        <p className="font-semibold">{tOrders("toConfirm", { count: waiting.toConfirm })}</p>
        {waiting.transfersToCheck > 0 ? <p className="font-semibold">{tOrders("transfersToCheck", { count: waiting.transfersToCheck })}</p> : null}
        <Link href={{ pathname: "/studio/orders", query: waiting.toConfirm > 0 ? { status: "PLACED" } : {} }} className="text-brand-800 underline">
          {tOrders("viewOrders")}
        </Link>
      </div>
      <div>
        <h2 className="text-lg font-bold">{t("dashboard.listings")}</h2>
        <ul className="flex flex-wrap gap-4">
          {(["DRAFT", "PENDING_REVIEW", "PUBLISHED", "REJECTED", "ARCHIVED"] as const).map((status) => (
            <li key={status} className="rounded border border-slate-300 px-3 py-2">
              {tStatus(status)}: <strong>{dashboard.byStatus[status] ?? 0}</strong>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h2 className="text-lg font-bold">{t("dashboard.lowStock")}</h2>
        {dashboard.lowStock.length === 0 ? <p>{t("dashboard.none")}</p> : (
          <ul className="list-disc pl-6">
            {dashboard.lowStock.map((p) => <li key={p.id}><Link href={`/studio/products/${p.id}`} className="underline">{p.nameVi}</Link>: {p.stock}</li>)}
          </ul>
        )}
      </div>
      <div>
        <h2 className="text-lg font-bold">{t("dashboard.expiring")}</h2>
        {dashboard.expiring.length === 0 ? <p>{t("dashboard.none")}</p> : (
          <ul className="list-disc pl-6">
            {dashboard.expiring.map((c) => (
              <li key={c.id}>
                {c.product} ({c.stars}★): {c.warning === "EXPIRED" ? t("dashboard.expired") : t("dashboard.within", { days: c.warning ?? 0 })} — {formatDay(c.validUntil, locale)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
