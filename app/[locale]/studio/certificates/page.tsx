import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatDay } from "@/lib/format";
import { requirePageAccess } from "@/server/auth/session";
import { listOwnCertificates } from "@/server/certificates/queries";

/** The producer's own OCOP certificates, as officers recorded them, with their scans. */
export default async function StudioCertificates({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("certificate.viewOwn", locale, "/studio/certificates");
  const t = await getTranslations({ locale, namespace: "certificates" });
  const certificates = await listOwnCertificates(viewer);
  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-bold">{t("studio.title")}</h1>
      <p>{t("studio.intro")}</p>
      {certificates.length === 0 ? (
        <p>{t("studio.none")}</p>
      ) : (
        <ul className="space-y-3">
          {certificates.map((c) => (
            <li key={c.id} className="rounded border border-slate-300 p-3">
              <p className="font-semibold">
                {c.productName}: {c.stars}★ · {t(`states.${c.state}`)}
              </p>
              <p>{t("public.decision", { number: c.decisionNumber, body: c.issuingBody, date: formatDay(c.decisionDate, locale) })}</p>
              <p>
                {t("list.validUntil")}: {formatDay(c.validUntil, locale)}
              </p>
              {c.fiveStarPotential ? <p className="font-semibold text-amber-900">{t("public.potential")}</p> : null}
              {c.revocation ? (
                <p className="font-semibold text-red-900">
                  {t("public.revokedBy", { number: c.revocation.decisionNumber ?? "—", date: c.revocation.date ? formatDay(c.revocation.date, locale) : "—" })}
                  {c.revocationReason ? ` — ${t("public.revokedReason", { reason: c.revocationReason })}` : ""}
                </p>
              ) : null}
              {c.hasScan ? (
                <a href={`/api/certificates/${c.id}/scan`} className="text-brand-800 underline" target="_blank" rel="noopener">
                  {t("studio.scan")}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
