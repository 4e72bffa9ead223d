import type { Metadata } from "next";
import { englishIndicator, englishUnit, inLocale } from "@/lib/vocabulary";
import { notFound, permanentRedirect } from "next/navigation";
import { after } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StarBadge } from "@/components/products/star-badge";
import { Link } from "@/i18n/navigation";
import { localizedHref } from "@/i18n/localized-href";
import { formatDay } from "@/lib/format";
import { imageUrl } from "@/lib/image-url";
import { alternatesFor } from "@/i18n/seo";
import { requestAddress } from "@/server/infra/request-address";
import { getPublicTrace } from "@/server/trace/queries";
import { countScan } from "@/server/trace/scans";

export async function generateMetadata({ params }: { params: Promise<{ locale: string; code: string }> }): Promise<Metadata> {
  const { locale, code } = await params;
  const trace = await getPublicTrace(code);
  const t = await getTranslations({ locale, namespace: "trace" });
  return trace
    ? {
        title: t("metaTitle", { product: locale === "en" ? (trace.product.nameEn ?? trace.product.nameVi) : trace.product.nameVi, lot: trace.lotCode }),
        alternates: alternatesFor(`/trace/${trace.code}`, locale),
      }
    : {};
}

type Props = { params: Promise<{ locale: string; code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TracePage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const trace = await getPublicTrace(code);
  if (!trace) notFound();
  // A code typed in small letters finds its batch; the address then says it the one way it is printed.
  if (trace.code !== decodeURIComponent(code)) {
    const src = (await searchParams).src;
    permanentRedirect(localizedHref({ pathname: `/trace/${encodeURIComponent(trace.code)}`, query: { src: typeof src === "string" ? src : undefined } }, locale));
  }
  // A batch QR without a GTIN opens this page with ?src=qr (server/trace/links.ts): that visit is a
  // scan, counted once the page has gone out. Links on the site carry no marker and count nothing.
  if ((await searchParams).src === "qr") {
    const address = await requestAddress();
    after(() => countScan(trace.code, address));
  }
  const [t, tb] = await Promise.all([getTranslations({ locale, namespace: "trace" }), getTranslations({ locale, namespace: "catalog.badge" })]);
  const name = locale === "en" ? (trace.product.nameEn ?? trace.product.nameVi) : trace.product.nameVi;
  // A problem with a batch goes to its producer, by e-mail or else by phone; no address is ever made up.
  const report = trace.producer.email
    ? `mailto:${trace.producer.email}?subject=${encodeURIComponent(`${t("reportSubject")} ${trace.code}`)}`
    : trace.producer.phone
      ? `tel:${trace.producer.phone.replace(/[^\d+]/g, "")}`
      : null;
  return (
    <article className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm font-semibold uppercase text-slate-600">{t("kicker")}</p>
        <h1 className="text-2xl font-bold">{name}</h1>
        <p>
          {t("lot")}: <strong>{trace.lotCode}</strong> · <Link href={`/producers/${trace.producer.slug}`} className="underline">{trace.producer.name}</Link> · {trace.producer.commune}
        </p>
      </header>
      {trace.expired ? (
        <p role="alert" className="rounded border-2 border-red-800 bg-red-50 px-3 py-2 font-bold text-red-900">{t("expired", { date: trace.expiryDate ? formatDay(trace.expiryDate, locale) : "" })}</p>
      ) : null}
      {trace.badge ? (
        <StarBadge locale={locale} badge={trace.badge} />
      ) : (
        <p data-certification={trace.certification}>
          <strong>{tb(`status.${trace.certification === "CERTIFIED" ? "NONE" : trace.certification}`)}.</strong> {tb(`statusDetail.${trace.certification === "CERTIFIED" ? "NONE" : trace.certification}`)}
        </p>
      )}
      <section aria-labelledby="facts">
        <h2 id="facts" className="text-lg font-bold">{t("facts")}</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt>{t("productionDate")}</dt><dd><time dateTime={trace.productionDate}>{formatDay(trace.productionDate, locale)}</time></dd>
          <dt>{t("expiryDate")}</dt><dd>{trace.expiryDate ? <time dateTime={trace.expiryDate}>{formatDay(trace.expiryDate, locale)}</time> : "—"}</dd>
          <dt>{t("quantity")}</dt><dd>{trace.quantity} {inLocale(locale, trace.quantityUnit, englishUnit)}</dd>
          {trace.growingArea ? (<><dt>{t("growingArea")}</dt><dd>{trace.growingArea}{trace.growingAreaCode ? ` (${t("areaCode")} ${trace.growingAreaCode})` : ""}</dd></>) : null}
          {trace.rawMaterial ? (<><dt>{t("rawMaterial")}</dt><dd>{trace.rawMaterial}</dd></>) : null}
          {trace.soldAt ? (<><dt>{t("soldAt")}</dt><dd>{trace.soldAt}</dd></>) : null}
        </dl>
      </section>
      <section aria-labelledby="timeline">
        <h2 id="timeline" className="text-lg font-bold">{t("timeline")}</h2>
        {trace.events.length === 0 ? <p>{t("noEvents")}</p> : (
          <ol className="space-y-3 border-l-4 border-brand-600 pl-4">
            {trace.events.map((event, index) => (
              <li key={index}>
                <p className="font-semibold"><time dateTime={event.date}>{formatDay(event.date, locale)}</time> · {t(`events.${event.type}`)}</p>
                <p>{event.place} · {event.actor}</p>
                {event.note ? <p className="text-slate-700">{event.note}</p> : null}
                {event.evidenceKey ? (
                  <a href={event.evidenceMime === "application/pdf" ? `/uploads/${event.evidenceKey}.pdf` : imageUrl(event.evidenceKey, 1024)} className="underline">
                    {t("studio.evidenceLink")}
                  </a>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      {trace.labTests.length > 0 ? (
        <section aria-labelledby="lab">
          <h2 id="lab" className="text-lg font-bold">{t("labTests")}</h2>
          <table className="w-full text-left text-sm">
            <thead><tr className="border-b"><th scope="col">{t("indicator")}</th><th scope="col">{t("value")}</th><th scope="col">{t("limit")}</th><th scope="col">{t("lab")}</th><th scope="col">{t("result")}</th></tr></thead>
            <tbody>
              {trace.labTests.map((test, index) => (
                <tr key={index} className="border-b">
                  <td className="py-1">{inLocale(locale, test.indicator, englishIndicator)}</td><td>{test.value} {test.unit}</td><td>{test.limit}</td><td>{test.lab} · <time dateTime={test.date}>{formatDay(test.date, locale)}</time></td>
                  <td className={test.passed ? "font-semibold text-green-900" : "font-semibold text-red-900"}>{test.passed ? t("passed") : t("failed")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {trace.certifications.length > 0 ? (
        <section aria-labelledby="certs">
          <h2 id="certs" className="text-lg font-bold">{t("certifications")}</h2>
          <ul className="list-disc pl-6">
            {trace.certifications.map((c, index) => (
              <li key={index}>{t(`kinds.${c.kind}`)} · {c.number} · {c.issuer}{c.validUntil ? ` · ${t("validUntil")} ${formatDay(c.validUntil, locale)}` : ""} · {c.valid ? t("certValid") : t("certExpired")}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="no-print">
        {report ? <><a href={report} className="underline">{t("report")}</a> · </> : null}
        <Link href={`/products/${trace.product.slug}`} className="underline">{t("productPage")}</Link>
      </p>
    </article>
  );
}
