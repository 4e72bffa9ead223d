import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getProgrammeFigures, getProgrammes } from "@/server/programme/cached";
import { ProgrammeDashboard } from "../_components/dashboard";

// Rendered on first request, then served from the full-route cache until a programme write.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ locale: string; slug: string }> };

const SLUG = /^[a-z0-9-]{1,80}$/;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale, namespace: "programme" });
  const figures = SLUG.test(slug) ? await getProgrammeFigures(slug) : null;
  const name = figures ? (locale === "en" && figures.programme.nameEn) || figures.programme.nameVi : t("title");
  return { title: name, description: t("metaDescription") };
}

/** Any programme by its slug: a province's, a commune's, or a past period's. */
export default async function ProgrammeBySlugPage({ params }: Params) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  if (!SLUG.test(slug)) notFound();
  const [figures, programmes] = await Promise.all([getProgrammeFigures(slug), getProgrammes()]);
  if (!figures) notFound();
  return <ProgrammeDashboard figures={figures} programmes={programmes} locale={locale} linkSlug={slug} />;
}
