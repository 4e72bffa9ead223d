import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageAccess } from "@/server/auth/session";
import { getOcopStaff, getProgrammeContext, listStaffRegions } from "@/server/programme/queries";
import { getRegion } from "@/server/regions/queries";
import { programmeOf, regionLabel, type Query } from "../../_components/query";
import { DeleteRecordForm, OcopStaffForm } from "../../_components/record-forms";
import { withProgramme } from "../../_components/scope-bar";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Query> };

const PATH = "/admin/programme/staff";

export default async function EditOcopStaffPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, `${PATH}/${id}`);
  const t = await getTranslations({ locale, namespace: "programme" });
  const [staff, context] = await Promise.all([getOcopStaff(viewer, id), getProgrammeContext(viewer, programmeOf(await searchParams))]);
  if (!staff || !context) notFound();
  const slug = context.programme.slug;
  const regions = (await listStaffRegions(context.scope)).map((r) => ({ id: r.id, label: regionLabel(r) }));
  if (!regions.some((r) => r.id === staff.regionId)) {
    const own = await getRegion(staff.regionId);
    if (own) regions.unshift({ id: own.id, label: regionLabel(own) });
  }
  const optional = (d: string | null) => d ?? "";
  return (
    <div className="space-y-4">
      <p>
        <Link href={withProgramme(PATH, slug)} className="text-brand-800 underline underline-offset-2">← {t("records.back")}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t("records.staff.editTitle", { name: staff.name })}</h1>
      <OcopStaffForm
        programme={slug}
        regions={regions}
        initial={{
          id: staff.id,
          name: staff.name,
          position: staff.position,
          regionId: staff.regionId,
          servingFrom: optional(staff.servingFrom),
          servingUntil: optional(staff.servingUntil),
          trainedOn: optional(staff.trainedOn),
          training: staff.training,
        }}
      />
      <DeleteRecordForm kind="staff" id={staff.id} programme={slug} />
    </div>
  );
}
