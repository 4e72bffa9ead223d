import { getTranslations } from "next-intl/server";
import { localizedHref } from "@/i18n/localized-href";
import { deliveryDays } from "@/lib/delivery-estimate";
import type { FormAction } from "@/components/forms/form";
import { AddToCartForm } from "./add-to-cart-form";
import { ShippingRuleText, type ShippingRuleView } from "./shipping-rule";

export interface OrderingView {
  stock: number;
  maxQuantity: number;
  ageRestricted: boolean;
  shipping: ShippingRuleView;
  provinceCode: string | null;
  provinceName: string | null;
  provinceNameEn: string | null;
}

/** Sample destinations for the estimate on a cached page: the buyer's own province is known only at checkout. */
const SAMPLES = [
  { code: "01", key: "north" },
  { code: "48", key: "central" },
  { code: "79", key: "south" },
] as const;

/** The product page's ordering part: add to cart in place, the producer's delivery rule and how long delivery takes. */
export async function ProductOrderBox({
  slug,
  locale,
  info,
  action,
}: {
  slug: string;
  locale: string;
  info: OrderingView;
  action: FormAction;
}) {
  const [t, tShip] = await Promise.all([getTranslations({ locale, namespace: "orders.cart" }), getTranslations({ locale, namespace: "orders.shipping" })]);
  const estimates = [
    ...(info.provinceCode ? [{ label: tShip("sameProvince"), days: deliveryDays(info.provinceCode, info.provinceCode) }] : []),
    ...SAMPLES.filter((s) => s.code !== info.provinceCode).map((s) => ({ label: tShip(s.key), days: deliveryDays(info.provinceCode, s.code) })),
  ].filter((e) => e.days);
  return (
    <div className="space-y-4">
      {info.maxQuantity >= 1 ? (
        <AddToCartForm
          action={action}
          slug={slug}
          locale={locale}
          max={info.maxQuantity}
          cartHref={localizedHref("/cart", locale)}
          labels={{
            quantity: t("quantity"),
            decrease: t("decrease", { name: "" }).trim(),
            increase: t("increase", { name: "" }).trim(),
            add: t("addToCart"),
            adding: t("adding"),
            viewCart: t("viewCart"),
            atMost: t("atMost", { max: info.maxQuantity }),
          }}
        />
      ) : null}
      {info.ageRestricted ? <p className="rounded border border-amber-700 bg-amber-50 px-3 py-2 text-sm font-semibold text-amber-900">{t("ageRestricted")}</p> : null}
      <section aria-labelledby="delivery-heading" className="rounded-lg border border-slate-200 p-4 text-sm">
        <h2 id="delivery-heading" className="font-semibold">
          {tShip("title")}
        </h2>
        <p>
          <ShippingRuleText rule={info.shipping} locale={locale} />
        </p>
        <p className="text-slate-700">{t("perProducerNote")}</p>
        {info.provinceName ? <p>{tShip("from", { province: (locale === "en" && info.provinceNameEn) || info.provinceName })}</p> : null}
        {estimates.length > 0 ? (
          <>
            <h3 className="mt-2 font-semibold">{tShip("estimateTitle")}</h3>
            <ul>
              {estimates.map((e) => (
                <li key={e.label}>{tShip("estimateTo", { province: e.label, min: e.days!.min, max: e.days!.max })}</li>
              ))}
            </ul>
            <p className="text-slate-700">{tShip("estimateNote")}</p>
          </>
        ) : null}
      </section>
    </div>
  );
}
