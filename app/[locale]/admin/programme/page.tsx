import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { PROGRAMME_METRICS } from "@/lib/programme-figures";
import { requirePageAccess } from "@/server/auth/session";
import { getProgrammeForEditing } from "@/server/programme/queries";
import { ProgrammeForm } from "./_components/programme-form";
import { TargetForm } from "./_components/target-form";

export default async function AdminProgrammePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, "/admin/programme");
  const t = await getTranslations({ locale, namespace: "programme.admin" });
  const programme = await getProgrammeForEditing(viewer);
  if (!programme) return <p>{t("noProgramme")}</p>;
  const en = locale === "en";
  const unused = PROGRAMME_METRICS.filter((metric) => !programme.targets.some((target) => target.metric === metric));
  const num = (value: number | null) => (value === null ? "" : String(value));

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p className="flex flex-wrap gap-4">
          <Link href="/programme" className="text-brand-800 underline underline-offset-2">
            {t("viewPublic")}
          </Link>
          <Link href="/admin/programme/commitments" className="text-brand-800 underline underline-offset-2">
            {t("commitmentsLink")}
          </Link>
        </p>
      </header>
      <section aria-labelledby="programme-heading" className="max-w-2xl space-y-3">
        <h2 id="programme-heading" className="text-xl font-bold">
          {t("programmeHeading")}
        </h2>
        <ProgrammeForm
          locale={locale}
          initial={{
            programmeId: programme.id,
            nameVi: programme.nameVi,
            nameEn: programme.nameEn,
            reference: programme.reference,
            startYear: String(programme.startYear),
            endYear: String(programme.endYear),
          }}
        />
      </section>
      <section aria-labelledby="targets-heading" className="max-w-3xl space-y-4">
        <h2 id="targets-heading" className="text-xl font-bold">
          {t("targetsHeading")}
        </h2>
        {programme.targets.map((target) => (
          <TargetForm
            key={target.id}
            locale={locale}
            legend={en ? target.labelEn : target.labelVi}
            initial={{
              programmeId: programme.id,
              targetId: target.id,
              metric: target.metric,
              labelVi: target.labelVi,
              labelEn: target.labelEn,
              baseline: num(target.baseline),
              goal: num(target.goal),
              goalMax: num(target.goalMax),
              unit: target.unit,
            }}
          />
        ))}
        {unused.length > 0 ? (
          <TargetForm
            locale={locale}
            legend={t("newTarget")}
            initial={{ programmeId: programme.id, targetId: "", metric: unused[0], labelVi: "", labelEn: "", baseline: "0", goal: "", goalMax: "", unit: "" }}
          />
        ) : null}
      </section>
    </div>
  );
}
