import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageAccess } from "@/server/auth/session";
import { getProgrammeContext, listStaffRegions } from "@/server/programme/queries";
import { programmeOf, regionLabel, type Query } from "../../_components/query";
import { OcopStaffForm } from "../../_components/record-forms";
import { withProgramme } from "../../_components/scope-bar";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> };

const PATH = "/admin/programme/staff";

export default async function NewOcopStaffPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, `${PATH}/new`);
  const t = await getTranslations({ locale, namespace: "programme" });
  const context = await getProgrammeContext(viewer, programmeOf(await searchParams));
  if (!context) return <p>{t("admin.noProgramme")}</p>;
  const regions = await listStaffRegions(context.scope);
  const slug = context.programme.slug;
  return (
    <div className="space-y-4">
      <p>
        <Link href={withProgramme(PATH, slug)} className="text-brand-800 underline underline-offset-2">← {t("records.back")}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t("records.staff.newTitle")}</h1>
      {regions.length === 0 ? <p role="status">{t("records.nationwideNoCommunes")}</p> : null}
      <OcopStaffForm programme={slug} regions={regions.map((r) => ({ id: r.id, label: regionLabel(r) }))} initial={{}} />
    </div>
  );
}
