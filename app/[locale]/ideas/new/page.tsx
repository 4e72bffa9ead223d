import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { IdeaForm } from "@/components/ideas/idea-forms";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ideas.form" });
  return { title: t("pageTitle") };
}

export default async function NewIdeaPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "ideas.form" });
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("pageTitle")}</h1>
      <p>{t("intro")}</p>
      <IdeaForm locale={locale} />
    </section>
  );
}
