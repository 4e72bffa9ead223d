import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProfileForm } from "@/components/producers/profile-form";
import { ownProducerId } from "@/server/auth/permissions";
import { requirePageAccess } from "@/server/auth/session";
import { communesForProfile, getProducerProfile } from "@/server/producers/profile";

export default async function StudioProfile({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("producer.editOwnProfile", locale, "/studio/profile");
  const producer = await getProducerProfile(viewer, ownProducerId(viewer));
  const t = await getTranslations({ locale, namespace: "profile" });
  const initial = Object.fromEntries(Object.entries(producer).map(([k, v]) => [k, v == null ? "" : String(v)]));
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <ProfileForm locale={locale} producerId={producer.id} initial={initial} communes={await communesForProfile(viewer)} />
    </section>
  );
}
