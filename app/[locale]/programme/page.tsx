import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getProgrammeFigures, getProgrammes } from "@/server/programme/cached";
import { ProgrammeDashboard } from "./_components/dashboard";

// Figures are cached under the programme tag (and the catalogue and producers tags) and refreshed by
// back-office writes; the revalidation window moves the day forward without a write.
export const revalidate = 3600;

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "programme" });
  return { title: t("title"), description: t("metaDescription") };
}

/** The programme marked current (the first customer's district); the others at /programme/<slug>. */
export default async function ProgrammePage({ params }: Params) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [figures, programmes] = await Promise.all([getProgrammeFigures(), getProgrammes()]);
  if (!figures) {
    const t = await getTranslations({ locale, namespace: "programme" });
    return (
      <article className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p>{t("noProgramme")}</p>
      </article>
    );
  }
  return <ProgrammeDashboard figures={figures} programmes={programmes} locale={locale} linkSlug={null} />;
}
