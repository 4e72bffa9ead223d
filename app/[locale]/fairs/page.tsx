import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { alternatesFor } from "@/i18n/seo";
import { listFairs, type FairSummary } from "@/server/fairs/queries";
import { fairName } from "@/components/fairs/format";
import { formatDayRange } from "@/lib/format";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "fairs.public" });
  return { title: t("title"), alternates: alternatesFor("/fairs", locale) };
}

export default async function FairsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Rendered per request: "upcoming" depends on today's date and allocations change often.
  await connection();
  const [t, upcoming, past] = await Promise.all([
    getTranslations({ locale, namespace: "fairs.public" }),
    listFairs({ when: "upcoming", pageSize: 100 }),
    listFairs({ when: "past", pageSize: 20 }),
  ]);
  const list = (fairs: FairSummary[]) =>
    fairs.length === 0 ? (
      <p className="text-slate-600">{t("none")}</p>
    ) : (
      <ul className="grid gap-4 sm:grid-cols-2">
        {fairs.map((fair) => (
          <li key={fair.slug} className="rounded-lg border border-slate-200 p-4">
            <h3 className="text-lg font-semibold">
              <Link href={`/fairs/${fair.slug}`} className="text-brand-800 underline-offset-2 hover:underline">
                {fairName(fair, locale)}
              </Link>
            </h3>
            <p className="text-sm">{formatDayRange(fair.startsOn, fair.endsOn, locale)}</p>
            <p className="text-sm text-slate-700">
              {fair.venue}, {fair.province}
            </p>
            <p className="text-sm text-slate-700">{t("boothsAllocated", { allocated: fair.allocatedBooths, capacity: fair.boothCapacity })}</p>
          </li>
        ))}
      </ul>
    );
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <section aria-labelledby="upcoming" className="space-y-3">
        <h2 id="upcoming" className="text-xl font-semibold">
          {t("upcoming")}
        </h2>
        {list(upcoming.items)}
      </section>
      <section aria-labelledby="past" className="space-y-3">
        <h2 id="past" className="text-xl font-semibold">
          {t("past")}
        </h2>
        {list(past.items)}
      </section>
    </div>
  );
}
