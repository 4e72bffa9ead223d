import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CertificationForm, LabTestForm, TraceEventForm } from "@/components/trace/batch-forms";
import { Link } from "@/i18n/navigation";
import { isAppError } from "@/lib/errors";
import { formatDay } from "@/lib/format";
import { requirePageAccess } from "@/server/auth/session";
import { setBatchPublicAction } from "@/server/trace/actions";
import { getOwnBatch } from "@/server/trace/queries";

export default async function BatchPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("batch.manageOwn", locale, `/studio/batches/${id}`);
  const batch = await getOwnBatch(viewer, id).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { saved } = await searchParams;
  const t = await getTranslations({ locale, namespace: "trace" });
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">{batch.productName} · {t("lot")} {batch.lotCode}</h1>
      {saved ? <p role="status" className="font-semibold text-green-900">{t("studio.saved")}</p> : null}
      <p>{t("studio.productionDate")}: {formatDay(batch.productionDate, locale)} · {t("studio.expiryDate")}: {batch.expiryDate ? formatDay(batch.expiryDate, locale) : "—"} · {t("studio.scans")}: <strong>{batch.scans}</strong></p>
      <div className="flex flex-wrap gap-3">
        <form action={setBatchPublicAction}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="batchId" value={batch.id} />
          <input type="hidden" name="isPublic" value={batch.isPublic ? "false" : "true"} />
          <button type="submit" className="rounded border border-slate-500 px-3 py-1 font-semibold">{batch.isPublic ? t("studio.unpublish") : t("studio.publish")}</button>
        </form>
        <a href={`/api/studio/batches/${batch.id}/qr`} className="underline">{t("studio.qrSvg")}</a>
        <a href={`/api/studio/batches/${batch.id}/qr?format=png`} className="underline">{t("studio.qrPng")}</a>
        <Link href={`/studio/batches/${batch.id}/labels`} className="underline">{t("studio.labels")}</Link>
        {batch.isPublic ? <Link href={`/trace/${batch.code}`} className="underline">{t("studio.tracePage")}</Link> : null}
      </div>
      <h2 className="text-lg font-bold">{t("timeline")}</h2>
      <ol className="list-decimal pl-6">
        {batch.events.map((e) => <li key={e.id}>{formatDay(e.occurredOn, locale)} · {t(`events.${e.type}`)} · {e.place} · {e.actor}</li>)}
      </ol>
      <TraceEventForm locale={locale} batchId={batch.id} />
      <h2 className="text-lg font-bold">{t("labTests")}</h2>
      <ul className="list-disc pl-6">
        {batch.labTests.map((l) => <li key={l.id}>{l.indicator}: {l.value} {l.unit} ({l.limit}) · {l.lab} · {l.passed ? t("passed") : t("failed")}</li>)}
      </ul>
      <LabTestForm locale={locale} batchId={batch.id} />
      <h2 className="text-lg font-bold">{t("certifications")}</h2>
      <ul className="list-disc pl-6">
        {batch.certifications.map((c) => <li key={c.id}>{t(`kinds.${c.kind}`)} · {c.number} · {c.issuer}{c.validUntil ? ` · ${t("validUntil")} ${formatDay(c.validUntil, locale)}` : ""}</li>)}
      </ul>
      <CertificationForm locale={locale} batchId={batch.id} />
    </section>
  );
}
