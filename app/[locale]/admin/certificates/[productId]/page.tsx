import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CertificateForm, RevokeForm } from "@/components/certificates/certificate-forms";
import { dayToDate, today as clockToday } from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import { formatDay } from "@/lib/format";
import { certificateState } from "@/lib/ocop-stars";
import { requirePageAccess } from "@/server/auth/session";
import { getProductCertificates } from "@/server/certificates/queries";

export default async function ProductCertificates({ params }: { params: Promise<{ locale: string; productId: string }> }) {
  const { locale, productId } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("certificate.record", locale, `/admin/certificates/${productId}`);
  const product = await getProductCertificates(viewer, productId).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations({ locale, namespace: "admin.certificates" });
  const today = dayToDate(clockToday());
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">{product.nameVi}</h1>
      <p>{product.producer.name}</p>
      <h2 className="text-lg font-bold">{t("history")}</h2>
      {product.certificates.length === 0 ? <p>{t("none")}</p> : (
        <ul className="space-y-4">
          {product.certificates.map((c) => {
            const state = certificateState(c, today);
            return (
              <li key={c.id} className="rounded border border-slate-300 p-3">
                <p className="font-semibold">
                  {c.stars}★ · {c.decisionNumber} · {formatDay(c.decisionDate, locale)} · {c.issuingBody} · {t("validUntil")} {formatDay(c.validUntil, locale)} · {t(`states.${state}`)}
                </p>
                {state === "VALID" ? <RevokeForm locale={locale} certificateId={c.id} /> : null}
              </li>
            );
          })}
        </ul>
      )}
      <h2 className="text-lg font-bold">{t("recordTitle")}</h2>
      <CertificateForm locale={locale} productId={product.id} />
    </section>
  );
}
