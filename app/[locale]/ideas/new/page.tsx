import { getTranslations, setRequestLocale } from "next-intl/server";
import { IdeaForm } from "@/components/ideas/idea-form";
import { ClientMessages } from "@/i18n/client-messages";
import { PROVINCES } from "@/lib/delivery-estimate";

export default async function NewIdeaPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "ideas" });
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("pageTitle")}</h1>
      <p className="max-w-prose">{t("intro")}</p>
      <ClientMessages locale={locale} namespaces={["ideas", "common"]}>
        <IdeaForm locale={locale} provinces={PROVINCES.map((p) => ({ code: p.code, name: locale === "en" ? p.nameEn : p.name }))} communesUrl="/api/regions/communes" />
      </ClientMessages>
    </section>
  );
}
