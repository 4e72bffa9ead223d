import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageAccess } from "@/server/auth/session";
import { getOrganisationChange, getProgrammeContext } from "@/server/programme/queries";
import { getRegion } from "@/server/regions/queries";
import { programmeOf, regionLabel, type Query } from "../../_components/query";
import { DeleteRecordForm, OrganisationChangeForm } from "../../_components/record-forms";
import { withProgramme } from "../../_components/scope-bar";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Query> };

const PATH = "/admin/programme/organisations";

export default async function EditOrganisationChangePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, `${PATH}/${id}`);
  const t = await getTranslations({ locale, namespace: "programme" });
  const [record, context] = await Promise.all([getOrganisationChange(viewer, id), getProgrammeContext(viewer, programmeOf(await searchParams))]);
  if (!record || !context) notFound();
  const slug = context.programme.slug;
  // The record's own commune stays choosable even when it is outside the chosen programme's list.
  const regions = context.communes.map((c) => ({ id: c.id, label: regionLabel(c) }));
  if (!regions.some((r) => r.id === record.regionId)) {
    const own = await getRegion(record.regionId);
    if (own) regions.unshift({ id: own.id, label: regionLabel(own) });
  }
  return (
    <div className="space-y-4">
      <p>
        <Link href={withProgramme(PATH, slug)} className="text-brand-800 underline underline-offset-2">← {t("records.back")}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t("records.organisations.editTitle", { name: record.name })}</h1>
      <OrganisationChangeForm
        programme={slug}
        regions={regions}
        producer={record.producerId && record.producerName ? { id: record.producerId, name: record.producerName } : null}
        initial={{
          id: record.id,
          kind: record.kind,
          name: record.name,
          legalForm: record.legalForm,
          changedOn: record.changedOn,
          regionId: record.regionId,
          registrationNumber: record.registrationNumber,
          note: record.note,
        }}
      />
      <DeleteRecordForm kind="organisation" id={record.id} programme={slug} />
    </div>
  );
}
