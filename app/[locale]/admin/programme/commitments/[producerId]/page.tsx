import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatDay, formatVnd } from "@/lib/format";
import { COMMITMENT_KINDS } from "@/lib/programme-figures";
import { requirePageAccess } from "@/server/auth/session";
import { getProducerProgrammeRecord } from "@/server/programme/queries";
import { CommitmentsForm } from "../../_components/programme-forms";
import { programmeOf, type Query } from "../../_components/query";

type Props = { params: Promise<{ locale: string; producerId: string }>; searchParams: Promise<Query> };

/** One producer's programme record: the five commitments, and the stall support and organisation records about it. */
export default async function ProducerCommitmentsPage({ params, searchParams }: Props) {
  const { locale, producerId } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, `/admin/programme/commitments/${producerId}`);
  const slug = programmeOf(await searchParams);
  const t = await getTranslations({ locale, namespace: "programme" });
  const record = await getProducerProgrammeRecord(viewer, producerId);
  if (!record) notFound();
  const initial: Record<string, string> = {};
  for (const kind of COMMITMENT_KINDS) {
    const found = record.commitments.find((c) => c.kind === kind);
    initial[`${kind}.committed`] = found ? "on" : "";
    initial[`${kind}.committedOn`] = found?.committedOn ?? "";
    initial[`${kind}.evidence`] = found?.evidence ?? "";
  }
  const withSlug = (path: string, extra: Record<string, string> = {}) => `${path}?${new URLSearchParams({ ...(slug ? { programme: slug } : {}), ...extra })}`;
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={withSlug("/admin/programme/commitments")} className="text-brand-800 underline underline-offset-2">
          ← {t("checklist.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("checklist.editTitle", { name: record.name })}</h1>
      <p>{t("checklist.intro")}</p>
      <CommitmentsForm locale={locale} producerId={producerId} initial={initial} />

      <section aria-labelledby="stalls-heading" className="space-y-2">
        <h2 id="stalls-heading" className="text-xl font-bold">{t("checklist.stallsHeading")}</h2>
        {record.stallSupports.length === 0 ? <p>{t("records.empty")}</p> : (
          <ul className="list-disc pl-6">
            {record.stallSupports.map((s) => (
              <li key={s.id}>
                <Link href={withSlug(`/admin/programme/stalls/${s.id}`)} className="text-brand-800 underline underline-offset-2">
                  {formatDay(s.supportedOn, locale)}: {s.place}
                </Link>
                {s.amountVnd !== null ? ` · ${formatVnd(s.amountVnd, locale)}` : null}
              </li>
            ))}
          </ul>
        )}
        <Link href={withSlug("/admin/programme/stalls/new", { producer: producerId })} className="inline-block text-brand-800 underline underline-offset-2">
          {t("checklist.recordStall")}
        </Link>
      </section>

      <section aria-labelledby="organisations-heading" className="space-y-2">
        <h2 id="organisations-heading" className="text-xl font-bold">{t("checklist.organisationsHeading")}</h2>
        {record.organisationChanges.length === 0 ? <p>{t("records.empty")}</p> : (
          <ul className="list-disc pl-6">
            {record.organisationChanges.map((o) => (
              <li key={o.id}>
                <Link href={withSlug(`/admin/programme/organisations/${o.id}`)} className="text-brand-800 underline underline-offset-2">
                  {formatDay(o.changedOn, locale)}: {t(`organisationKinds.${o.kind}`)}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <Link href={withSlug("/admin/programme/organisations/new", { producer: producerId })} className="inline-block text-brand-800 underline underline-offset-2">
          {t("checklist.recordOrganisation")}
        </Link>
      </section>
    </div>
  );
}
