import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { VerifyOrderForm } from "@/components/orders/verify-order-form";
import { verifyOrderAction } from "@/server/orders/actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "orders.order" });
  return { title: t("lookupTitle"), robots: { index: false } };
}

/** Order lookup: code (any case, with or without the dash) and the phone or email it was placed with. */
export default async function OrderLookupPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "orders.order" });
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t("lookupTitle")}</h1>
      <p>{t("lookupIntro")}</p>
      <VerifyOrderForm action={verifyOrderAction} code={null} locale={locale} labels={{ code: t("code"), codeHint: t("codeHint"), contact: t("contact"), verify: t("verify") }} />
    </section>
  );
}
