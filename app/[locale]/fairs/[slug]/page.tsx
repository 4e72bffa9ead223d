import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { dayOf } from "@/lib/clock";
import { Link } from "@/i18n/navigation";
import { formatVnd } from "@/lib/money";
import { alternatesFor, localizedPath } from "@/i18n/seo";
import { markdownToPlainText, renderMarkdown } from "@/lib/markdown";
import { getFairBySlug } from "@/server/fairs/queries";
import { PhotoGrid } from "@/components/ui/photo-grid";
import { ShareLinks } from "@/components/ui/share-links";
import { fairName } from "@/components/fairs/format";
import { formatDay, formatDayRange } from "@/lib/format";

type Params = Promise<{ locale: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  const fair = await getFairBySlug(slug);
  if (!fair) return {};
  const description = markdownToPlainText(locale === "en" ? (fair.descriptionEn ?? fair.descriptionVi) : fair.descriptionVi, 160);
  return {
    title: fairName(fair, locale),
    description,
    alternates: alternatesFor(`/fairs/${slug}`, locale),
    openGraph: { type: "website", title: fairName(fair, locale), description, url: localizedPath(`/fairs/${slug}`, locale) },
  };
}

export default async function FairPage({ params }: { params: Params }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const fair = await getFairBySlug(slug);
  if (!fair) notFound();
  const t = await getTranslations({ locale, namespace: "fairs.public" });
  const description = locale === "en" ? (fair.descriptionEn ?? fair.descriptionVi) : fair.descriptionVi;
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-800">{fairName(fair, locale)}</h1>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("dates")}</dt>
          <dd>{formatDayRange(fair.startsOn, fair.endsOn, locale)}</dd>
          <dt className="font-semibold">{t("venue")}</dt>
          <dd>
            {fair.venue}, {fair.province}
          </dd>
          <dt className="font-semibold">{t("deadline")}</dt>
          <dd>
            {formatDay(dayOf(fair.registrationDeadline), locale)} · {fair.registrationOpen ? t("registrationOpen") : t("registrationClosed")}
          </dd>
          <dt className="font-semibold">{t("booths")}</dt>
          <dd>
            {t("boothsAllocated", { allocated: fair.exhibitors.reduce((n, e) => n + e.booths.length, 0), capacity: fair.boothCapacity })} · {t("boothSize")}: {fair.boothSize} ·{" "}
            {t("minStars", { stars: fair.minStars })}
          </dd>
          <dt className="font-semibold">{t("fee")}</dt>
          <dd>
            {formatVnd(fair.feeVnd, locale)}
            {fair.subsidyPercent > 0 ? ` · ${t("subsidy", { percent: fair.subsidyPercent })}` : ""}
          </dd>
        </dl>
        <a href={`/api/v1/fairs/${fair.slug}/calendar.ics${locale === "en" ? "?locale=en" : ""}`} className="inline-block font-semibold text-brand-800 underline" download>
          {t("calendar")}
        </a>
        {description ? (
          // Officers write fair descriptions in Markdown: lists show as lists, not "- " as text.
          <div className="prose max-w-prose space-y-2 text-slate-800" lang={locale === "en" && !fair.descriptionEn ? "vi" : undefined} dangerouslySetInnerHTML={{ __html: renderMarkdown(description) }} />
        ) : null}
        <ShareLinks path={`/fairs/${fair.slug}`} locale={locale} title={fairName(fair, locale)} />
        <PhotoGrid photos={fair.images} locale={locale} />
      </header>

      <section aria-labelledby="plan" className="space-y-3">
        <h2 id="plan" className="text-xl font-semibold">
          {t("plan")}
        </h2>
        <ol className="grid grid-cols-5 gap-2 sm:grid-cols-10" aria-label={t("plan")}>
          {fair.plan.map((booth) => (
            <li
              key={booth.number}
              title={booth.producerName ? t("boothTaken", { number: booth.number, producer: booth.producerName }) : t("boothFree", { number: booth.number })}
              className={`flex aspect-square items-center justify-center rounded border text-sm font-semibold ${booth.producerName ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-700"}`}
            >
              <span aria-hidden="true">{booth.number}</span>
              <span className="sr-only">{booth.producerName ? t("boothTaken", { number: booth.number, producer: booth.producerName }) : t("boothFree", { number: booth.number })}</span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="exhibitors" className="space-y-3">
        <h2 id="exhibitors" className="text-xl font-semibold">
          {t("exhibitors")}
        </h2>
        {fair.exhibitors.length === 0 ? (
          <p className="text-slate-600">{t("noExhibitors")}</p>
        ) : (
          <ul className="space-y-3" data-testid="exhibitors">
            {fair.exhibitors.map((e) => (
              <li key={e.producerSlug} className="rounded border border-slate-200 p-3">
                <p className="font-semibold">
                  <Link href={`/producers/${e.producerSlug}`} className="text-brand-800 underline-offset-2 hover:underline">
                    {e.producerName}
                  </Link>{" "}
                  <span className="font-normal text-slate-700">· {t("boothNumbers", { numbers: e.booths.join(", ") })}</span>
                </p>
                <ul className="ml-5 list-disc text-sm">
                  {e.products.map((p) => (
                    <li key={p.slug}>
                      <Link href={`/products/${p.slug}`} className="underline-offset-2 hover:underline">
                        {locale === "en" ? (p.nameEn ?? p.nameVi) : p.nameVi}
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
