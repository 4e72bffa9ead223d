import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { countCertifiedProducts } from "@/server/catalogue/home-summary";

export const revalidate = 300;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "home" });
  const count = await countCertifiedProducts();
  return (
    <section className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p className="max-w-prose text-lg">{t("intro")}</p>
      <p className="font-semibold">{t("certifiedCount", { count })}</p>
      <Link href="/products" className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("browse")}
      </Link>
    </section>
  );
}
