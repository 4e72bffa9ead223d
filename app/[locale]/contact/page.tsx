import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PolicyPage } from "@/components/orders/policy-page";
import { OperatorContact } from "@/components/layout/operator-contact";
import { alternatesFor } from "@/i18n/seo";
import { readEnv } from "@/lib/env";
import { operatorOf } from "@/lib/operator";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "orders.policy" });
  return { title: t("contact"), alternates: alternatesFor("/contact", locale) };
}

/** Who runs the site, from settings (OPERATOR_*, lib/operator.ts), then where each kind of question goes. */
export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <PolicyPage kind="contact" locale={locale}>
      <OperatorContact operator={operatorOf(readEnv(), locale)} locale={locale} />
    </PolicyPage>
  );
}
