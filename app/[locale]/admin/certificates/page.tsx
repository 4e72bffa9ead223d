import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatDay } from "@/lib/format";
import { requirePageAccess } from "@/server/auth/session";
import { listExpiringCertificates, listProductsForCertification } from "@/server/certificates/queries";

export default async function CertificatesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("certificate.record", locale, "/admin/certificates");
  const t = await getTranslations({ locale, namespace: "admin.certificates" });
  const [products, expiring] = await Promise.all([listProductsForCertification(viewer), listExpiringCertificates(viewer)]);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <h2 className="text-lg font-bold">{t("expiring")}</h2>
      {expiring.length === 0 ? <p>{t("noneExpiring")}</p> : (
        <ul className="list-disc pl-6">
          {expiring.map((c) => (
            <li key={c.id}>
              <Link href={`/admin/certificates/${c.product.id}`} className="underline">{c.product.nameVi}</Link> — {c.producer.name}, {c.stars}★, {t("validUntil")} {formatDay(c.validUntil, locale)}
            </li>
          ))}
        </ul>
      )}
      <h2 className="text-lg font-bold">{t("products")}</h2>
      <ul className="space-y-1">
        {products.map((p) => (
          <li key={p.id}>
            <Link href={`/admin/certificates/${p.id}`} className="font-semibold text-brand-800 underline">{p.nameVi}</Link> — {p.producer}
            {p.badgeStars ? ` · ${p.badgeStars}★` : ` · ${t("noBadge")}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
