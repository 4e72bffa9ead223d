import { getTranslations, setRequestLocale } from "next-intl/server";
import { FairForm } from "@/components/fairs/fair-form";
import { fairFormLabels } from "@/components/fairs/fair-form-labels";
import { requirePageAccess } from "@/server/auth/session";

export default async function NewFairPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageAccess("fair.manage", locale, "/admin/fairs/new");
  const t = await getTranslations({ locale, namespace: "fairs.admin" });
  const initial = { nameVi: "", nameEn: "", descriptionVi: "", descriptionEn: "", startsOn: "", endsOn: "", venue: "", province: "", registrationDeadline: "", boothCapacity: "20", boothSize: "3 m × 3 m", feeVnd: "0", subsidyPercent: "0", minStars: "3", maxBoothsPerProducer: "2", opensAt: "", closesAt: "", hoursNoteVi: "", hoursNoteEn: "", address: "", directionsVi: "", directionsEn: "" };
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <FairForm locale={locale} initial={initial} labels={await fairFormLabels(locale)} submit={t("save")} />
    </section>
  );
}
