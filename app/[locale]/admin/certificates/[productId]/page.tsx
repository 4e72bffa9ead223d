import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CertificateForm } from "@/components/certificates/certificate-form";
import { RemoveForm, RevokeForm } from "@/components/certificates/revoke-remove-forms";
import { ClientMessages } from "@/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { today as clockToday, dayOf } from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import { formatDay } from "@/lib/format";
import { requirePageAccess } from "@/server/auth/session";
import { getProductCertificates } from "@/server/certificates/queries";
import { optionalMessage } from "@/i18n/optional-message";

const detailsClass = "rounded border border-slate-300 p-2 [&>summary]:cursor-pointer [&>summary]:font-semibold [&>summary]:text-brand-800";

export default async function ProductCertificates({ params }: { params: Promise<{ locale: string; productId: string }> }) {
  const { locale, productId } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("certificate.record", locale, `/admin/certificates/${productId}`);
  const today = clockToday();
  const product = await getProductCertificates(viewer, productId, today).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations({ locale, namespace: "certificates" });
  const day = (d: string | null) => (d ? formatDay(d, locale) : "—");
  return (
    // The forms translate on the client (live rule messages): they get the certificates namespace only here.
    <ClientMessages locale={locale} namespaces={["certificates"]}>
      <section className="space-y-6">
        <Link href="/admin/certificates" className="text-brand-800 underline">
          {t("product.backToList")}
        </Link>
        <div>
          <h1 className="text-2xl font-bold">{product.nameVi}</h1>
          <p>
            {product.producerName} · {product.commune}
          </p>
          {product.fiveStarPotential ? <p className="mt-2 inline-block rounded bg-amber-800 px-2 py-1 text-sm font-semibold text-white">{t("product.potential")}</p> : null}
        </div>

        <h2 className="text-lg font-bold">{t("product.history")}</h2>
        {product.certificates.length === 0 ? (
          <p>{t("product.none")}</p>
        ) : (
          <ul className="space-y-4">
            {product.certificates.map((c) => (
              <li key={c.id}>
                <article aria-labelledby={`cert-${c.id}`} className="space-y-3 rounded border border-slate-300 p-3">
                  <h3 id={`cert-${c.id}`} className="font-semibold">
                    {c.stars}★ · {c.decisionNumber} · {c.issuingBody} · {t(`states.${c.state}`)}
                  </h3>
                  <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                    <dt className="font-semibold">{t("fields.decisionDate")}</dt>
                    <dd>{day(c.decisionDate)}</dd>
                    <dt className="font-semibold">{t("fields.level")}</dt>
                    <dd>{t(`levels.${c.level}`)}</dd>
                    <dt className="font-semibold">{t("fields.score")}</dt>
                    <dd>{c.score ?? "—"}</dd>
                    <dt className="font-semibold">{t("list.validUntil")}</dt>
                    <dd>{day(c.validUntil)}</dd>
                    <dt className="font-semibold">{t("fields.productNameOnDecision")}</dt>
                    <dd>{c.productNameOnDecision}</dd>
                    <dt className="font-semibold">{t("fields.producerNameOnDecision")}</dt>
                    <dd>{c.producerNameOnDecision}</dd>
                    <dt className="font-semibold">{t("fields.addressOnDecision")}</dt>
                    <dd>{c.addressOnDecision ?? "—"}</dd>
                    <dt className="font-semibold">{t("fields.categoryOnDecision")}</dt>
                    <dd>{c.categoryOnDecision ?? "—"}</dd>
                    <dt className="font-semibold">{t("product.scan")}</dt>
                    <dd>
                      {c.hasScan ? (
                        <a href={`/api/certificates/${c.id}/scan`} className="text-brand-800 underline" target="_blank" rel="noopener">
                          {t("studio.scan")}
                        </a>
                      ) : (
                        t("product.noScan")
                      )}
                    </dd>
                  </dl>
                  {c.fiveStarPotential && c.state === "VALID" ? <p className="text-sm font-semibold text-amber-900">{t("public.potential")}</p> : null}
                  {c.supersededBy ? (
                    <p className="text-sm">{t("public.supersededBy", { number: c.supersededBy.decisionNumber, body: c.supersededBy.issuingBody, date: day(c.supersededBy.decisionDate) })}</p>
                  ) : null}
                  {c.revocation ? (
                    <p className="text-sm font-semibold text-red-900">
                      {t("public.revokedBy", { number: c.revocation.decisionNumber ?? "—", date: day(c.revocation.date) })}
                      {c.revocation.reason ? ` — ${t("public.revokedReason", { reason: c.revocation.reason })}` : ""}
                    </p>
                  ) : null}
                  <p className="text-sm text-slate-700">
                    {c.recordedBy ? t("product.recordedBy", { name: c.recordedBy }) : null}
                    {c.correctedOn ? ` · ${t("public.corrected", { date: day(c.correctedOn) })}` : null}
                    {c.confirmedWarnings.length > 0
                      ? ` · ${t("product.confirmed", { warnings: c.confirmedWarnings.map((code) => optionalMessage(t, `warningNames.${code}`) ?? code).join("; ") })}`
                      : null}
                  </p>
                  <details className={detailsClass}>
                    <summary>{t("product.correct")}</summary>
                    <div className="pt-3">
                      <CertificateForm
                        locale={locale}
                        mode="correct"
                        targetId={c.id}
                        today={today}
                        revoked={c.status === "REVOKED"}
                        others={product.decisions.filter((d) => d.id !== c.id)}
                        initial={{
                          stars: String(c.stars),
                          score: c.score === null ? "" : String(c.score),
                          level: c.level,
                          decisionNumber: c.decisionNumber,
                          decisionDate: c.decisionDate,
                          issuingBody: c.issuingBody,
                          productNameOnDecision: c.productNameOnDecision,
                          producerNameOnDecision: c.producerNameOnDecision,
                          addressOnDecision: c.addressOnDecision ?? "",
                          categoryOnDecision: c.categoryOnDecision ?? "",
                          revocationDecisionNumber: c.revocation?.decisionNumber ?? "",
                          revokedOn: c.revocation?.date ?? "",
                          revocationReason: c.revocation?.reason ?? "",
                        }}
                      />
                    </div>
                  </details>
                  {c.status !== "REVOKED" ? (
                    <details className={detailsClass}>
                      <summary>{t("product.revoke")}</summary>
                      <div className="pt-3">
                        <RevokeForm locale={locale} certificateId={c.id} today={today} />
                      </div>
                    </details>
                  ) : null}
                  <details className={detailsClass}>
                    <summary>{t("product.remove")}</summary>
                    <div className="pt-3">
                      <RemoveForm locale={locale} certificateId={c.id} />
                    </div>
                  </details>
                </article>
              </li>
            ))}
          </ul>
        )}

        {product.removed.length > 0 ? (
          <>
            <h2 className="text-lg font-bold">{t("product.removedTitle")}</h2>
            <ul className="list-disc space-y-1 pl-6 text-sm">
              {product.removed.map((r) => (
                <li key={r.id}>
                  {t("product.removedLine", { decision: r.decisionNumber, date: day(r.decisionDate), removedOn: formatDay(dayOf(r.removedAt), locale), name: r.by ?? "—", reason: r.reason })}
                </li>
              ))}
            </ul>
          </>
        ) : null}

        <h2 className="text-lg font-bold">{t("product.recordTitle")}</h2>
        <CertificateForm locale={locale} mode="record" targetId={product.id} today={today} others={product.decisions} initial={product.printedDefaults} />
      </section>
    </ClientMessages>
  );
}
