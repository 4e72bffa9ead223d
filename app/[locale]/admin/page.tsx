import { getTranslations, setRequestLocale } from "next-intl/server";
import { localizedHref } from "@/i18n/localized-href";
import { requirePageAccess } from "@/server/auth/session";
import { EXPIRY_WARNING_DAYS, getOfficerOverview } from "@/server/overview/queries";

/** The officer's overview: the work waiting in their region, each count a link to the list that holds it. */
export default async function AdminHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("admin.access", locale, "/admin");
  const [t, overview] = await Promise.all([getTranslations({ locale, namespace: "backoffice" }), getOfficerOverview(viewer)]);
  const item = (href: string, text: string, count: number) => (
    <li className={`rounded border p-3 ${count > 0 ? "border-amber-500 bg-amber-50" : "border-slate-300"}`}>
      <a href={localizedHref(href, locale)} className="font-semibold text-brand-800 underline">
        {text}
      </a>
    </li>
  );
  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("welcome", { name: viewer.name })}</h1>
        <p className="text-slate-700">{overview.regionName ? t("overview.region", { name: overview.regionName }) : t("overview.wholeCountry")}</p>
      </div>
      <section aria-labelledby="waiting" className="space-y-3">
        <h2 id="waiting" className="text-xl font-semibold">
          {t("overview.waiting")}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2" data-testid="work-waiting">
          {item("/admin/review", t("overview.reviews", { count: overview.reviews }), overview.reviews)}
          {item("/admin/certificates?state=expiring", t("overview.expiring", { count: overview.expiringCertificates, days: EXPIRY_WARNING_DAYS }), overview.expiringCertificates)}
          {item("/admin/ideas?status=NEW", t("overview.newIdeas", { count: overview.newIdeas }), overview.newIdeas)}
          {overview.ideasUnderReview > 0 ? item("/admin/ideas?status=UNDER_REVIEW", t("overview.ideasUnderReview", { count: overview.ideasUnderReview }), 0) : null}
          {overview.boothRequests.length === 0
            ? item("/admin/fairs", t("overview.noBooths"), 0)
            : overview.boothRequests.map((b) => (
                <li key={b.fairId} className="rounded border border-amber-500 bg-amber-50 p-3">
                  <a href={localizedHref(`/admin/fairs/${b.fairId}?status=PENDING`, locale)} className="font-semibold text-brand-800 underline">
                    {t("overview.booths", { count: b.pending, fair: locale === "en" && b.fairNameEn ? b.fairNameEn : b.fairName })}
                  </a>
                </li>
              ))}
        </ul>
      </section>
      <section aria-labelledby="shortcuts" className="space-y-3">
        <h2 id="shortcuts" className="text-xl font-semibold">
          {t("overview.shortcuts")}
        </h2>
        <div className="flex flex-wrap gap-6">
          {(
            [
              ["/admin/producers", t("overview.findProducer")],
              ["/admin/products", t("overview.findProduct")],
            ] as const
          ).map(([path, label]) => (
            <form key={path} method="get" action={localizedHref(path, locale)} role="search" className="flex items-end gap-2">
              <label className="flex flex-col font-semibold">
                {label}
                <input type="search" name="q" maxLength={100} className="mt-1 rounded border border-slate-500 px-2 py-1 font-normal" />
              </label>
              <button type="submit" className="rounded border border-slate-500 px-3 py-1 font-semibold">
                {t("overview.find")}
              </button>
            </form>
          ))}
        </div>
      </section>
    </section>
  );
}
