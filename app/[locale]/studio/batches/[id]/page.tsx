import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CertificationForm, DeleteRecordForm, LabTestForm, TraceEventForm } from "@/components/trace/batch-forms";
import { Link } from "@/i18n/navigation";
import { today } from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import { formatDateTime, formatDay } from "@/lib/format";
import { requirePageAccess } from "@/server/auth/session";
import { setBatchPublicAction } from "@/server/trace/actions";
import { getOwnBatch, listBatchHistory, type BatchHistoryEntry } from "@/server/trace/queries";

const HISTORY_FIELDS: Record<string, readonly string[]> = {
  event: ["type", "occurredOn", "place", "actor", "note", "evidenceKey"],
  lab: ["indicator", "value", "unit", "limit", "lab", "testedOn", "passed"],
  certification: ["kind", "number", "issuer", "validFrom", "validUntil"],
};

export default async function BatchPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("batch.manageOwn", locale, `/studio/batches/${id}`);
  const batch = await getOwnBatch(viewer, id).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [query, t, history] = await Promise.all([searchParams, getTranslations({ locale, namespace: "trace" }), listBatchHistory(viewer, id)]);
  const scans = batch.scans;
  const day = (d: string) => formatDay(d, locale);
  const iso = (d: string | null) => d ?? "";
  const now = today();
  const failedCount = batch.labTests.filter((l) => !l.passed).length;

  /** One line of history: what happened to which record, what changed, and why. */
  const describe = (entry: BatchHistoryEntry) => {
    const [, kind] = entry.action.split(".");
    const record = (entry.before ?? entry.after ?? {}) as Record<string, unknown>;
    const show = (field: string, value: unknown): string => {
      if (value === null || value === undefined || value === "") return "—";
      if (field === "type") return t(`events.${String(value)}` as "events.HARVEST");
      if (field === "kind") return t(`kinds.${String(value)}` as "kinds.VIETGAP");
      if (field === "passed") return value ? t("passed") : t("failed");
      if (field === "evidenceKey") return t("studio.evidenceFile");
      if (/On$|^valid/.test(field) && typeof value === "string") return formatDay(value.slice(0, 10), locale);
      return String(value);
    };
    const subject =
      kind === "event" ? `${show("type", record.type)} ${show("occurredOn", record.occurredOn)}`
      : kind === "lab" ? `${String(record.indicator ?? "")} = ${String(record.value ?? "")}`
      : kind === "certification" ? `${show("kind", record.kind)} ${String(record.number ?? "")}`
      : "";
    const changes =
      entry.action.endsWith(".update") && entry.before && entry.after
        ? (HISTORY_FIELDS[kind] ?? []).filter((f) => String(entry.before![f] ?? "") !== String(entry.after![f] ?? "")).map((f) => `${t(`studio.historyField.${f}` as "studio.historyField.place")}: ${show(f, entry.before![f])} → ${show(f, entry.after![f])}`)
        : [];
    const reason = typeof entry.after?.reason === "string" && entry.after.reason ? entry.after.reason : null;
    return { subject, changes, reason };
  };

  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">{batch.productName} · {t("lot")} {batch.lotCode}</h1>
      {query.saved ? <p role="status" className="font-semibold text-green-900">{t("studio.saved")}</p> : null}
      <p>{t("studio.productionDate")}: {day(batch.productionDate)} · {t("studio.expiryDate")}: {batch.expiryDate ? day(batch.expiryDate) : "—"} · {t("studio.scans")}: <strong>{scans}</strong></p>
      <div id="publish" className="flex flex-wrap items-start gap-3">
        {query.confirm === "failed" && !batch.isPublic ? (
          <form action={setBatchPublicAction} role="alert" className="max-w-xl space-y-2 rounded border border-amber-700 bg-amber-50 p-3">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="batchId" value={batch.id} />
            <input type="hidden" name="isPublic" value="true" />
            <p className="font-semibold">{t("studio.publishFailedWarning", { count: failedCount })}</p>
            <label className="flex items-start gap-2">
              <input type="checkbox" name="confirmFailed" required className="mt-1" /> <span>{t("studio.failedPublicConfirm")}</span>
            </label>
            <button type="submit" className="rounded border border-amber-800 px-3 py-1 font-semibold">{t("studio.publishAnyway")}</button>
          </form>
        ) : (
          <form action={setBatchPublicAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="batchId" value={batch.id} />
            <input type="hidden" name="isPublic" value={batch.isPublic ? "" : "true"} />
            <button type="submit" className="rounded border border-slate-500 px-3 py-1 font-semibold">{batch.isPublic ? t("studio.unpublish") : t("studio.publish")}</button>
          </form>
        )}
        <a href={`/api/studio/batches/${batch.id}/qr`} className="underline">{t("studio.qrSvg")}</a>
        <a href={`/api/studio/batches/${batch.id}/qr?format=png`} className="underline">{t("studio.qrPng")}</a>
        <Link href={`/studio/batches/${batch.id}/labels`} className="underline">{t("studio.labels")}</Link>
        {batch.isPublic ? <Link href={`/trace/${batch.code}`} className="underline">{t("studio.tracePage")}</Link> : null}
      </div>

      <h2 className="text-lg font-bold">{t("timeline")}</h2>
      <ol className="list-decimal space-y-2 pl-6">
        {batch.events.map((e) => (
          <li key={e.id}>
            {day(e.occurredOn)} · {t(`events.${e.type}`)} · {e.place} · {e.actor}
            <details className="mt-1">
              <summary className="cursor-pointer text-sm font-semibold text-brand-800">{t("studio.correct")}</summary>
              <div className="mt-2 space-y-2">
                <TraceEventForm locale={locale} batchId={batch.id} today={now} record={{ id: e.id, type: e.type, occurredOn: iso(e.occurredOn), place: e.place, actor: e.actor, note: e.note, hasEvidence: e.hasEvidence }} />
                <DeleteRecordForm locale={locale} batchId={batch.id} recordId={e.id} kind="event" label={t("studio.deleteEvent")} />
              </div>
            </details>
          </li>
        ))}
      </ol>
      <TraceEventForm locale={locale} batchId={batch.id} today={now} />

      <h2 className="text-lg font-bold">{t("labTests")}</h2>
      <ul className="list-disc space-y-2 pl-6">
        {batch.labTests.map((l) => (
          <li key={l.id} className={l.passed ? "" : "font-semibold text-red-900"}>
            {l.indicator}: {l.value} {l.unit} ({l.limit}) · {l.lab} · {day(l.testedOn)} · {l.passed ? t("passed") : t("failed")}
            <details className="mt-1 font-normal text-slate-900">
              <summary className="cursor-pointer text-sm font-semibold text-brand-800">{t("studio.correct")}</summary>
              <div className="mt-2 space-y-2">
                <LabTestForm locale={locale} batchId={batch.id} batchPublic={batch.isPublic} today={now} record={{ id: l.id, indicator: l.indicator, value: l.value, unit: l.unit ?? "", limit: l.limit ?? "", lab: l.lab, testedOn: l.testedOn, passed: l.passed }} />
                <DeleteRecordForm locale={locale} batchId={batch.id} recordId={l.id} kind="lab" label={t("studio.deleteLab")} />
              </div>
            </details>
          </li>
        ))}
      </ul>
      <LabTestForm locale={locale} batchId={batch.id} batchPublic={batch.isPublic} today={now} />

      <h2 className="text-lg font-bold">{t("certifications")}</h2>
      <ul className="list-disc space-y-2 pl-6">
        {batch.certifications.map((c) => (
          <li key={c.id}>
            {t(`kinds.${c.kind}`)} · {c.number} · {c.issuer}{c.validUntil ? ` · ${t("validUntil")} ${day(c.validUntil)}` : ""}
            <details className="mt-1">
              <summary className="cursor-pointer text-sm font-semibold text-brand-800">{t("studio.correct")}</summary>
              <div className="mt-2 space-y-2">
                <CertificationForm locale={locale} batchId={batch.id} record={{ id: c.id, kind: c.kind, number: c.number, issuer: c.issuer, validFrom: iso(c.validFrom), validUntil: iso(c.validUntil) }} />
                <DeleteRecordForm locale={locale} batchId={batch.id} recordId={c.id} kind="certification" label={t("studio.deleteCertification")} />
              </div>
            </details>
          </li>
        ))}
      </ul>
      <CertificationForm locale={locale} batchId={batch.id} />

      <section aria-labelledby="history" className="space-y-2">
        <h2 id="history" className="text-lg font-bold">{t("studio.history")}</h2>
        {history.length === 0 ? <p className="text-slate-700">{t("studio.historyEmpty")}</p> : null}
        <ol className="space-y-1 text-sm" data-testid="batch-history">
          {history.map((entry, index) => {
            const line = describe(entry);
            return (
              <li key={index}>
                <span className="text-slate-700">{formatDateTime(entry.at, locale)}</span> · {entry.actor ?? "—"} · <strong>{t(`studio.historyAction.${entry.action}` as "studio.historyAction.trace.event.add")}</strong>
                {line.subject ? ` · ${line.subject}` : ""}
                {line.changes.length > 0 ? ` · ${line.changes.join("; ")}` : ""}
                {line.reason ? ` · ${t("studio.historyReason", { reason: line.reason })}` : ""}
              </li>
            );
          })}
        </ol>
      </section>
    </section>
  );
}
