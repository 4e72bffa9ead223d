import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProfileForm } from "@/components/producers/profile-form";
import { readEnv } from "@/lib/env";
import { requirePageAccess } from "@/server/auth/session";

export default async function NewProducer({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageAccess("producer.manage", locale, "/admin/producers/new");
  const t = await getTranslations({ locale, namespace: "profile" });
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <ProfileForm locale={locale} initial={{}} commune={null} communeFallback={[]} byOfficer defaultShippingVnd={readEnv().SHIPPING_FEE_VND} />
    </section>
  );
}
