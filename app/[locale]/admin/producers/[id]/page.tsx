import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { ProfileForm } from "@/components/producers/profile-form";
import { isAppError } from "@/lib/errors";
import { requirePageAccess } from "@/server/auth/session";
import { communesForProfile, getProducerProfile } from "@/server/producers/profile";

export default async function EditProducer({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("producer.manage", locale, `/admin/producers/${id}`);
  const producer = await getProducerProfile(viewer, id).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const initial = Object.fromEntries(Object.entries(producer).map(([k, v]) => [k, v == null ? "" : String(v)]));
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{producer.name}</h1>
      <ProfileForm locale={locale} producerId={producer.id} initial={initial} communes={await communesForProfile(viewer)} />
    </section>
  );
}
