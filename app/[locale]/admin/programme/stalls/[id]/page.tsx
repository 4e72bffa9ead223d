import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageAccess } from "@/server/auth/session";
import { getProgrammeContext, getStallSupport } from "@/server/programme/queries";
import { programmeOf, type Query } from "../../_components/query";
import { DeleteRecordForm, StallSupportForm } from "../../_components/record-forms";
import { withProgramme } from "../../_components/scope-bar";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Query> };

const PATH = "/admin/programme/stalls";

export default async function EditStallSupportPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, `${PATH}/${id}`);
  const t = await getTranslations({ locale, namespace: "programme" });
  const [support, context] = await Promise.all([getStallSupport(viewer, id), getProgrammeContext(viewer, programmeOf(await searchParams))]);
  if (!support || !context) notFound();
  const slug = context.programme.slug;
  return (
    <div className="space-y-4">
      <p>
        <Link href={withProgramme(PATH, slug)} className="text-brand-800 underline underline-offset-2">← {t("records.back")}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t("records.stalls.editTitle", { name: support.producerName })}</h1>
      <StallSupportForm
        programme={slug}
        producerId={support.producerId}
        initial={{
          id: support.id,
          supportedOn: support.supportedOn,
          place: support.place,
          description: support.description,
          amountVnd: support.amountVnd === null ? "" : String(support.amountVnd),
          reference: support.reference,
        }}
      />
      <DeleteRecordForm kind="stall" id={support.id} programme={slug} />
    </div>
  );
}
