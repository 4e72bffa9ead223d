import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageAccess } from "@/server/auth/session";
import { getProducerName, getProgrammeContext } from "@/server/programme/queries";
import { ProducerPicker } from "../../_components/producer-picker";
import { one, programmeOf, type Query } from "../../_components/query";
import { StallSupportForm } from "../../_components/record-forms";
import { withProgramme } from "../../_components/scope-bar";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> };

const PATH = "/admin/programme/stalls";

export default async function NewStallSupportPage({ params, searchParams }: Props) {
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
      {producer ? (
        <>
          <h1 className="text-2xl font-bold">{t("records.stalls.newTitle", { name: producer.name })}</h1>
          <StallSupportForm programme={slug} producerId={producer.id} initial={{}} />
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">{t("records.stalls.new")}</h1>
          <ProducerPicker viewer={viewer} context={context} locale={locale} path={`${PATH}/new`} target={`${PATH}/new`} find={one(query, "find")} />
        </>
      )}
    </div>
  );
}
