import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/server/auth/session";

export default async function AdminHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const viewer = await requirePageAccess("admin.access", locale, "/admin");
  const t = await getTranslations({ locale, namespace: "backoffice" });
  return <h1 className="text-2xl font-bold">{t("welcome", { name: viewer.name })}</h1>;
}
