import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { dayOf, now } from "@/lib/clock";
import { Link } from "@/i18n/navigation";
import { alternatesFor } from "@/i18n/seo";
import { boothFee, registrationProblem } from "@/lib/booth-plan";
import { formatDay, formatDayRange, formatVnd } from "@/lib/format";
import { englishName, inLocale } from "@/lib/vocabulary";
import { getFairBoothPlan, getFairBySlug } from "@/server/fairs/queries";
import { fairName } from "@/components/fairs/format";

type Params = Promise<{ locale: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  const fair = await getFairBySlug(slug);
  if (!fair) return {};
  const t = await getTranslations({ locale, namespace: "fairs.exhibit" });
  return { title: t("title", { name: fairName(fair, locale) }), alternates: alternatesFor(`/fairs/${slug}/exhibit`, locale) };
}

/**
 * The fair for would-be exhibitors: who may exhibit, what a booth costs after the subsidy, the
 * registration deadline, the booth plan, and the way to the studio's booth request.
 */
export default async function FairExhibitPage({ params }: { params: Params }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const fair = await getFairBySlug(slug);
  if (!fair) notFound();
  const [t, tp, plan] = await Promise.all([
    getTranslations({ locale, namespace: "fairs.exhibit" }),
    getTranslations({ locale, namespace: "fairs.public" }),
    getFairBoothPlan(fair),
  ]);
  const open = registrationProblem({ registrationOpen: fair.registrationOpen, deadline: fair.registrationDeadline }, now()) === null;
  const exhibitorName = (name: string) => inLocale(locale, name, englishName);
  const perBooth = boothFee({ feeVnd: fair.feeVnd, subsidyPercent: fair.subsidyPercent, boothCount: 1 });
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={`/fairs/${fair.slug}`} className="inline-flex min-h-11 items-center text-brand-800 underline">
            ← {t("back")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-brand-800">{t("title", { name: fairName(fair, locale) })}</h1>
        <p>
          {formatDayRange(fair.startsOn, fair.endsOn, locale)} · {fair.venue}, {fair.province}
        </p>
      </header>

      <section aria-labelledby="terms" className="space-y-3">
        <h2 id="terms" className="text-xl font-semibold">
          {t("terms")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{tp("deadline")}</dt>
          <dd>
            {formatDay(dayOf(fair.registrationDeadline), locale)} · {open ? tp("registrationOpen") : tp("registrationClosed")}
          </dd>
          <dt className="font-semibold">{tp("booths")}</dt>
          <dd>
            {tp("boothsAllocated", { allocated: fair.allocatedBooths, capacity: fair.boothCapacity })} · {tp("boothSize")}: {fair.boothSize}
          </dd>
          <dt className="font-semibold">{t("eligibility")}</dt>
          <dd>
            {tp("minStars", { stars: fair.minStars })} · {t("maxBooths", { count: fair.maxBoothsPerProducer })}
          </dd>
          <dt className="font-semibold">{tp("fee")}</dt>
          <dd>
            {t("perBooth", { amount: formatVnd(fair.feeVnd, locale) })}
            {fair.subsidyPercent > 0 ? ` · ${tp("subsidy", { percent: fair.subsidyPercent })}. ${t("youPay", { amount: formatVnd(perBooth.net, locale) })}` : ""}
          </dd>
        </dl>
        {open ? (
          <div className="space-y-1">
            <Link href={`/studio/fairs/${fair.id}/request`} className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
              {t("apply")}
            </Link>
            <p className="text-sm text-slate-700">{t("applyNote")}</p>
          </div>
        ) : (
          <p className="font-semibold">{t("closed")}</p>
        )}
      </section>

      <section aria-labelledby="plan" className="space-y-3">
        <h2 id="plan" className="text-xl font-semibold">
          {tp("plan")}
        </h2>
        <p>
          {t("free", { free: fair.boothCapacity - fair.allocatedBooths, capacity: fair.boothCapacity })} {t("planNote")}
        </p>
        {/* Up to 2,000 booths: each square is a bare number (styled from the list), a taken one names its exhibitor for screen readers. */}
        <ol
          className="grid grid-cols-5 gap-2 sm:grid-cols-10 [&>li]:flex [&>li]:aspect-square [&>li]:items-center [&>li]:justify-center [&>li]:rounded [&>li]:border [&>li]:border-slate-300 [&>li]:text-sm [&>li]:font-semibold [&>li.t]:border-brand-700 [&>li.t]:bg-brand-700 [&>li.t]:text-white"
          aria-label={tp("plan")}
          data-testid="booth-plan"
        >
          {plan.map((booth) =>
            booth.producerName ? (
              <li key={booth.number} className="t" title={tp("boothTaken", { number: booth.number, producer: exhibitorName(booth.producerName) })}>
                <span aria-hidden="true">{booth.number}</span>
                <span className="sr-only">{tp("boothTaken", { number: booth.number, producer: exhibitorName(booth.producerName) })}</span>
              </li>
            ) : (
              <li key={booth.number}>{booth.number}</li>
            ),
          )}
        </ol>
      </section>
    </article>
  );
}
