import { getTranslations } from "next-intl/server";
import { formatNumber, formatVnd } from "@/lib/format";
import type { ShippingRuleKind } from "@/lib/shipping";

export interface ShippingRuleView {
  kind: ShippingRuleKind;
  flatVnd: number;
  perKgVnd: number;
  freeAboveVnd: number | null;
  weightGrams?: number;
  missingForFreeVnd?: number | null;
}

/** A producer's delivery rule in words: the same sentence on the product page and in the cart. */
export async function ShippingRuleText({ rule, locale, withProgress = false }: { rule: ShippingRuleView; locale: string; withProgress?: boolean }) {
  const t = await getTranslations({ locale, namespace: "orders.shipping" });
  const money = (n: number) => formatVnd(n, locale);
  const weight = rule.weightGrams ? formatNumber(rule.weightGrams / 1000, locale, 2) + " kg" : null;
  return (
    <>
      <span>{t(rule.kind, { fee: money(rule.flatVnd), perKg: money(rule.perKgVnd) })}</span>
      {rule.freeAboveVnd !== null && rule.kind !== "FREE" ? <span> {t("freeAbove", { amount: money(rule.freeAboveVnd) })}</span> : null}
      {withProgress && rule.kind === "BY_WEIGHT" && weight ? <span> {t("weight", { weight })}.</span> : null}
      {withProgress && rule.missingForFreeVnd ? <span className="block font-semibold text-brand-800">{t("missingForFree", { amount: money(rule.missingForFreeVnd) })}</span> : null}
    </>
  );
}
