import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { dateToDay, today } from "@/lib/clock";
import { Link } from "@/i18n/navigation";
import { localizedHref } from "@/i18n/localized-href";
import { alternatesFor } from "@/i18n/seo";
import { fairPhase } from "@/lib/booth-plan";
import { mapSearchUrl } from "@/lib/map-link";
import { markdownToPlainText, renderMarkdown } from "@/lib/markdown";
import { englishName, inLocale } from "@/lib/vocabulary";
import { EXHIBITORS_PER_PAGE, getFairBySlug, listFairExhibitors, type FairExhibitor } from "@/server/fairs/queries";
import { PhotoGrid } from "@/components/ui/photo-grid";
import { ShareLinks } from "@/components/ui/share-links";
import { fairName } from "@/components/fairs/format";
import { pickText } from "@/components/products/localized-text";
import { Pagination } from "@/components/products/pagination";
import { StarMark } from "@/components/products/star-badge";
import { formatDayRange } from "@/lib/format";

type Params = Promise<{ locale: string; slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  const fair = await getFairBySlug(slug);
  if (!fair) return {};
  const description = markdownToPlainText(pickText(locale, fair.descriptionVi, fair.descriptionEn).text, 160);
  return {
    title: fairName(fair, locale),
    description,
    alternates: alternatesFor(`/fairs/${slug}`, locale),
    openGraph: { type: "website", title: fairName(fair, locale), description, url: localizedHref(`/fairs/${slug}`, locale) },
  };
}

/**
 * The fair for visitors: when it opens (days and daily hours), where it is and how to get there, and
 * who exhibits what, in booth order, a page at a time. What exhibitors need (fees, deadline, booth
 * plan) is on /fairs/<slug>/exhibit, linked from here.
 */
export default async function FairPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const fair = await getFairBySlug(slug);
  if (!fair) notFound();
  const t = await getTranslations({ locale, namespace: "fairs.public" });
  const pageCount = Math.max(1, Math.ceil(fair.exhibitorCount / EXHIBITORS_PER_PAGE));
  const asked = Number((await searchParams).page);
  const page = Number.isInteger(asked) ? Math.min(Math.max(asked, 1), pageCount) : 1;
  const exhibitors = await listFairExhibitors(fair.id, { page, pageSize: EXHIBITORS_PER_PAGE });
  const phase = fairPhase({ startsOn: dateToDay(fair.startsOn), endsOn: dateToDay(fair.endsOn) }, today());
  const description = pickText(locale, fair.descriptionVi, fair.descriptionEn);
  const hoursNote = pickText(locale, fair.hoursNoteVi, fair.hoursNoteEn);
  const directions = pickText(locale, fair.directionsVi, fair.directionsEn);
  const name = fairName(fair, locale);
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-800">{name}</h1>
        <p className="font-semibold text-slate-700" data-testid="fair-phase">
          {t(`status.${phase}`)}
        </p>
      </header>

      <section aria-labelledby="visit" className="space-y-3">
        <h2 id="visit" className="text-xl font-semibold">
          {t("visit")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("dates")}</dt>
          <dd>{formatDayRange(fair.startsOn, fair.endsOn, locale)}</dd>
          <dt className="font-semibold">{t("hours")}</dt>
          <dd>
            {fair.opensAt && fair.closesAt ? t("hoursDaily", { opens: fair.opensAt, closes: fair.closesAt }) : t("hoursTba")}
            {hoursNote.text ? (
              <span className="block text-slate-700" lang={hoursNote.fallback ? "vi" : undefined}>
                {hoursNote.text}
              </span>
            ) : null}
          </dd>
          <dt className="font-semibold">{t("place")}</dt>
          <dd>
            <address className="not-italic">
              {fair.venue}
              {fair.address ? <span className="block">{fair.address}</span> : null}
              <span className="block">{fair.province}</span>
            </address>
            <a href={mapSearchUrl(fair)} className="mt-1 inline-flex min-h-11 items-center font-semibold text-brand-800 underline" rel="noopener noreferrer">
              {t("map")}
            </a>
          </dd>
          {directions.text ? (
            <>
              <dt className="font-semibold">{t("gettingThere")}</dt>
              <dd className="whitespace-pre-line" lang={directions.fallback ? "vi" : undefined}>
                {directions.text}
              </dd>
            </>
          ) : null}
        </dl>
        <a href={`/api/v1/fairs/${fair.slug}/calendar.ics${locale === "en" ? "?locale=en" : ""}`} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline" download>
          {t("calendar")}
        </a>
      </section>

      {description.text ? (
        // Officers write fair descriptions in Markdown: lists show as lists, not "- " as text.
        <div className="prose max-w-prose space-y-2 text-slate-800" lang={description.fallback ? "vi" : undefined} dangerouslySetInnerHTML={{ __html: renderMarkdown(description.text) }} />
      ) : null}
      <ShareLinks path={`/fairs/${fair.slug}`} locale={locale} title={name} />
      <PhotoGrid photos={fair.images} locale={locale} />

      <section aria-labelledby="exhibitors" className="space-y-3">
        <h2 id="exhibitors" className="text-xl font-semibold">
          {t("exhibitors")}
        </h2>
        {fair.exhibitorCount === 0 ? (
          <p className="text-slate-700">{t("noExhibitors")}</p>
        ) : (
          <>
            <p className="text-slate-700">
              {t("exhibitorsCount", { count: fair.exhibitorCount })}
              {pageCount > 1 ? ` ${t("exhibitorsRange", { from: (page - 1) * EXHIBITORS_PER_PAGE + 1, to: (page - 1) * EXHIBITORS_PER_PAGE + exhibitors.length, total: fair.exhibitorCount })}` : ""}
            </p>
            <ul className="grid gap-3 sm:grid-cols-2" data-testid="exhibitors">
              {exhibitors.map((exhibitor) => (
                <Exhibitor key={exhibitor.producerSlug} exhibitor={exhibitor} locale={locale} />
              ))}
            </ul>
            <Pagination locale={locale} page={page} pageCount={pageCount} hrefFor={(n) => ({ pathname: `/fairs/${fair.slug}`, query: n > 1 ? { page: String(n) } : {} })} />
          </>
        )}
      </section>

      <aside aria-labelledby="for-exhibitors" className="rounded-lg border border-brand-700 bg-brand-50 p-4">
        <h2 id="for-exhibitors" className="text-lg font-semibold">
          <Link href={`/fairs/${fair.slug}/exhibit`} className="text-brand-800 underline">
            {t("forExhibitors")}
          </Link>
        </h2>
        <p className="text-slate-800">{t("forExhibitorsBody")}</p>
      </aside>
    </article>
  );
}

async function Exhibitor({ exhibitor, locale }: { exhibitor: FairExhibitor; locale: string }) {
  const t = await getTranslations({ locale, namespace: "fairs.public" });
  const tb = await getTranslations({ locale, namespace: "catalog.badge" });
  return (
    <li className="space-y-2 rounded border border-slate-200 p-3">
      <p className="font-semibold">
        <span className="mr-2 inline-block rounded bg-brand-700 px-2 py-0.5 text-white">{t("boothNumbers", { numbers: exhibitor.booths.join(", ") })}</span>
        <Link href={`/producers/${exhibitor.producerSlug}`} className="text-brand-800 underline-offset-2 hover:underline">
          {inLocale(locale, exhibitor.producerName, englishName)}
        </Link>
      </p>
      {exhibitor.products.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noPublicProducts")}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {exhibitor.products.map((product) => {
            const productName = pickText(locale, product.nameVi, product.nameEn);
            return (
              <li key={product.slug} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <Link href={`/products/${product.slug}`} className="text-brand-800 underline underline-offset-2" lang={productName.fallback ? "vi" : undefined}>
                  {productName.text}
                </Link>
                {product.stars ? (
                  <StarMark locale={locale} stars={product.stars} />
                ) : product.certification !== "CERTIFIED" ? (
                  // A product admitted with a badge may have lost it since: say which, as cards do.
                  <span className="font-semibold text-slate-800" data-certification={product.certification}>
                    {tb(`status.${product.certification}`)}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
