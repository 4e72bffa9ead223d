import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/server/auth/session";

export default async function StudioHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const viewer = await requirePageAccess("studio.access", locale, "/studio");
  const t = await getTranslations({ locale, namespace: "backoffice" });
  return <h1 className="text-2xl font-bold">{t("welcome", { name: viewer.name })}</h1>;
}
