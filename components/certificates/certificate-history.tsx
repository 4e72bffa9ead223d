import { getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/format";
import type { CertificateView } from "@/server/certificates/public-view";

/**
 * The public history of OCOP decisions: each with the body that issued it ("512/QĐ-UBND" alone does
 * not say who decided), its state, the revocation decision when there is one, the decision that
 * replaced it, and the day an officer corrected what was recorded. "5★ potential" is a label, never
 * five stars.
 */
export async function CertificateHistory({ locale, certificates, showProduct = false }: { locale: string; certificates: CertificateView[]; showProduct?: boolean }) {
  const t = await getTranslations({ locale, namespace: "certificates" });
  const tState = await getTranslations({ locale, namespace: "catalog.product.states" });
  const day = (d: string) => formatDay(d, locale);
  return (
    <ul className="space-y-2">
      {certificates.map((cert) => (
        <li key={`${cert.decisionNumber}|${cert.decisionDate}|${cert.productNameOnDecision}`}>
          <p>
            {showProduct ? <span lang="vi">{cert.productNameOnDecision}: </span> : null}
            <span aria-hidden="true">{"★".repeat(cert.stars)} </span>
            <span className="sr-only">{cert.stars}★ </span>
            {t("public.decision", { number: cert.decisionNumber, body: cert.issuingBody, date: day(cert.decisionDate) })} · {tState(cert.state)}
          </p>
          {cert.fiveStarPotential && cert.state === "VALID" ? <p className="text-sm font-semibold text-amber-900">{t("public.potential")}</p> : null}
          {cert.revocation ? (
            <p className="text-sm">
              {t("public.revokedBy", { number: cert.revocation.decisionNumber ?? "—", date: cert.revocation.date ? day(cert.revocation.date) : "—" })}
              {cert.revocation.reason ? `. ${t("public.revokedReason", { reason: cert.revocation.reason })}` : ""}
            </p>
          ) : null}
          {cert.supersededBy ? (
            <p className="text-sm">{t("public.supersededBy", { number: cert.supersededBy.decisionNumber, body: cert.supersededBy.issuingBody, date: day(cert.supersededBy.decisionDate) })}</p>
          ) : null}
          {cert.correctedOn ? <p className="text-sm text-slate-700">{t("public.corrected", { date: day(cert.correctedOn) })}</p> : null}
        </li>
      ))}
    </ul>
  );
}
