import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { PROGRAMME_METRICS } from "@/lib/programme-figures";
import { requirePageAccess } from "@/server/auth/session";
import { getProgrammeContext, getProgrammeForEditing } from "@/server/programme/queries";
import { NewProgrammeForm, ProgrammeForm, SubgroupBaselinesForm, TargetForm } from "./_components/programme-forms";
import { programmeOf, type Query } from "./_components/query";
import { ScopeBar } from "./_components/scope-bar";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> };

export default async function AdminProgrammePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, "/admin/programme");
  const t = await getTranslations({ locale, namespace: "programme.admin" });
  const slug = programmeOf(await searchParams);
  const [programme, context] = await Promise.all([getProgrammeForEditing(viewer, slug), getProgrammeContext(viewer, slug)]);
  const en = locale === "en";
  const newProgramme = (
    <section aria-labelledby="new-programme-heading" className="max-w-2xl space-y-3">
      <h2 id="new-programme-heading" className="text-xl font-bold">
        {t("newProgrammeHeading")}
      </h2>
      <NewProgrammeForm locale={locale} />
    </section>
  );
  if (!programme || !context) {
    return (
      <div className="space-y-8">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("noProgramme")}</p>
        {newProgramme}
      </div>
    );
  }
  const unused = PROGRAMME_METRICS.filter((metric) => !programme.targets.some((target) => target.metric === metric));
  const num = (value: number | null) => (value === null ? "" : String(value));

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("intro")}</p>
        <ScopeBar context={context} locale={locale} path="/admin/programme" />
        <p>
          <Link href={programme.isCurrent ? "/programme" : `/programme/${programme.slug}`} className="text-brand-800 underline underline-offset-2">
            {t("viewPublic")}
          </Link>
        </p>
      </header>
      <section aria-labelledby="programme-heading" className="max-w-2xl space-y-3">
        <h2 id="programme-heading" className="text-xl font-bold">
          {t("programmeHeading")}
        </h2>
        <p>
          {t("regionLabel")}: {programme.region ? (en && programme.region.nameEn) || programme.region.name : "—"}
        </p>
        <ProgrammeForm
          key={programme.id}
          canChooseCurrent={viewer.regionId === null}
          locale={locale}
          initial={{
            programmeId: programme.id,
            nameVi: programme.nameVi,
            nameEn: programme.nameEn,
            reference: programme.reference,
            startYear: String(programme.startYear),
            endYear: String(programme.endYear),
            isCurrent: programme.isCurrent ? "on" : "",
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
            key={`${programme.id}-new`}
            locale={locale}
            legend={t("newTarget")}
            initial={{ programmeId: programme.id, targetId: "", metric: unused[0], labelVi: "", labelEn: "", baseline: "0", goal: "", goalMax: "", unit: "" }}
          />
        ) : null}
      </section>
      <section aria-labelledby="baselines-heading" className="max-w-3xl space-y-3">
        <h2 id="baselines-heading" className="text-xl font-bold">
          {t("baselinesHeading")}
        </h2>
        <p>{t("baselinesIntro")}</p>
        <SubgroupBaselinesForm
          key={programme.id}
          locale={locale}
          programmeId={programme.id}
          subgroups={programme.subgroups.map((s) => ({ code: s.code, name: (en && s.nameEn) || s.nameVi, baseline: s.baseline }))}
        />
      </section>
      {newProgramme}
    </div>
  );
}
