import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageAccess } from "@/server/auth/session";
import { getProducerName, getProgrammeContext } from "@/server/programme/queries";
import { one, programmeOf, regionLabel, type Query } from "../../_components/query";
import { OrganisationChangeForm } from "../../_components/record-forms";
import { withProgramme } from "../../_components/scope-bar";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> };

const PATH = "/admin/programme/organisations";

export default async function NewOrganisationChangePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, `${PATH}/new`);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "programme" });
  const context = await getProgrammeContext(viewer, programmeOf(query));
  if (!context) return <p>{t("admin.noProgramme")}</p>;
  const producerId = one(query, "producer");
  const producer = producerId ? await getProducerName(viewer, producerId) : null;
  const slug = context.programme.slug;
  return (
    <div className="space-y-4">
      <p>
        <Link href={withProgramme(PATH, slug)} className="text-brand-800 underline underline-offset-2">← {t("records.back")}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t("records.organisations.newTitle")}</h1>
      {context.communes.length === 0 ? <p role="status">{t("records.nationwideNoCommunes")}</p> : null}
      <OrganisationChangeForm
        programme={slug}
        regions={context.communes.map((c) => ({ id: c.id, label: regionLabel(c) }))}
        producer={producer && { id: producer.id, name: producer.name }}
        initial={producer ? { name: producer.name } : {}}
      />
    </div>
  );
}
