import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PolicyPage } from "@/components/orders/policy-page";
import { Link } from "@/i18n/navigation";
import { alternatesFor } from "@/i18n/seo";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "orders.policy" });
  return { title: t("about"), alternates: alternatesFor("/about", locale) };
}

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "orders.policy" });
  return (
    <PolicyPage kind="about" locale={locale}>
      <p>
        <Link href="/contact" className="font-semibold text-brand-800 underline">
          {t("contact")}
        </Link>
      </p>
    </PolicyPage>
  );
}
