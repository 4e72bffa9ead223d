import { getTranslations } from "next-intl/server";
import { englishName, inLocale } from "@/lib/vocabulary";
import { formatDay } from "@/lib/format";

export interface BadgeFacts {
  stars: number;
  decisionNumber: string;
  decisionDate: string;
  issuingBody: string;
  validUntil: string;
}

/** The OCOP star badge with the facts of the certificate it comes from (only a valid 3★+ one). */
export async function StarBadge({ locale, badge, potential }: { locale: string; badge: BadgeFacts; potential?: boolean }) {
  const t = await getTranslations({ locale, namespace: "catalog.badge" });
  return (
    <section aria-labelledby="ocop-badge" className="rounded-lg border-2 border-amber-500 bg-amber-50 p-4">
      <p id="ocop-badge" className="text-lg font-bold text-amber-900">
        <span aria-hidden="true">{"★".repeat(badge.stars)} </span>
        {t("label", { stars: badge.stars })}
      </p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold">{t("decision")}</dt>
        <dd>{badge.decisionNumber}</dd>
        <dt className="font-semibold">{t("decisionDate")}</dt>
        <dd>{formatDay(badge.decisionDate, locale)}</dd>
        <dt className="font-semibold">{t("issuingBody")}</dt>
        <dd>{inLocale(locale, badge.issuingBody, englishName)}</dd>
        <dt className="font-semibold">{t("validUntil")}</dt>
        <dd>{formatDay(badge.validUntil, locale)}</dd>
      </dl>
      {potential ? <p className="mt-2 inline-block rounded bg-amber-800 px-2 py-1 text-sm font-semibold text-white">{t("potential")}</p> : null}
    </section>
  );
}

/** The small star mark on product cards. */
export async function StarMark({ locale, stars }: { locale: string; stars: number }) {
  const t = await getTranslations({ locale, namespace: "catalog.badge" });
  return (
    <span className="inline-block rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-900">
      <span aria-hidden="true">{"★".repeat(stars)} </span>
      {t("label", { stars })}
    </span>
  );
}
