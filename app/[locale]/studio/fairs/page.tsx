import { getTranslations, setRequestLocale } from "next-intl/server";
import { fairName } from "@/components/fairs/format";
import { dayOf } from "@/lib/clock";
import { formatDay, formatDayRange, formatVnd } from "@/lib/format";
import { Link } from "@/i18n/navigation";
import { requirePageAccess } from "@/server/auth/session";
import { withdrawBoothRequestAction } from "@/server/fairs/actions";
import { listFairsOpenForRequests, listOwnRequests } from "@/server/fairs/queries";
import { optionalMessage } from "@/i18n/optional-message";

export default async function StudioFairsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("booth.requestOwn", locale, "/studio/fairs");
  const query = await searchParams;
  const [t, tStatus, tErrors, requests, open] = await Promise.all([
    getTranslations({ locale, namespace: "fairs.studio" }),
    getTranslations({ locale, namespace: "fairs.status" }),
    getTranslations({ locale, namespace: "forms" }),
    listOwnRequests(viewer),
    listFairsOpenForRequests(viewer),
  ]);
  const error = optionalMessage(tErrors, query.error);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {query.saved ? <p role="status" className="rounded bg-green-50 p-2 text-green-900">{t("saved")}</p> : null}
      {query.withdrawn ? <p role="status" className="rounded bg-green-50 p-2 text-green-900">{t("withdrawn")}</p> : null}
      {error ? <p role="alert" className="rounded bg-red-50 p-2 text-red-800">{error}</p> : null}
      <section aria-labelledby="mine" className="space-y-3">
        <h2 id="mine" className="text-xl font-semibold">
          {t("myRequests")}
        </h2>
        {requests.length === 0 ? (
          <p className="text-slate-600">{t("noRequests")}</p>
        ) : (
          <table className="w-full text-left text-sm" data-testid="my-requests">
            <thead>
              <tr className="border-b">
                <th className="py-1">{t("fair")}</th>
                <th>{t("status")}</th>
                <th>{t("booths")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id} className="border-b align-top">
                  <td className="py-2">
                    <Link href={`/fairs/${r.fair.slug}`} className="font-semibold underline-offset-2 hover:underline">
                      {fairName(r.fair, locale)}
                    </Link>
                    <div className="text-slate-600">{formatDayRange(r.fair.startsOn, r.fair.endsOn, locale)}</div>
                  </td>
                  <td className="py-2">
                    {tStatus(r.status)}
                    {r.decisionReason ? <div className="text-slate-600">{t("reason", { reason: r.decisionReason })}</div> : null}
                  </td>
                  <td className="py-2">
                    {r.booths.join(", ") || "—"}
                    <div className="text-slate-600">{t("feeDue", { net: formatVnd(r.fee.net, locale) })}</div>
                  </td>
                  <td className="space-x-2 py-2 text-right">
                    {r.status === "PENDING" ? (
                      <Link href={`/studio/fairs/requests/${r.id}`} className="font-semibold text-brand-800 underline">
                        {t("edit")}
                      </Link>
                    ) : null}
                    {r.canWithdraw ? (
                      <form action={withdrawBoothRequestAction} className="inline">
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="requestId" value={r.id} />
                        <button type="submit" className="font-semibold text-red-800 underline">
                          {t("withdraw")}
                        </button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="open" className="space-y-3">
        <h2 id="open" className="text-xl font-semibold">
          {t("openFairs")}
        </h2>
        {open.length === 0 ? (
          <p className="text-slate-600">{t("noOpenFairs")}</p>
        ) : (
          <ul className="space-y-2">
            {open.map((f) => (
              <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 p-3">
                <span>
                  <strong>{fairName(f, locale)}</strong> · {formatDayRange(f.startsOn, f.endsOn, locale)} · {t("deadlineShort", { deadline: formatDay(dayOf(f.registrationDeadline), locale) })}
                </span>
                <Link href={`/studio/fairs/${f.id}/request`} className="rounded bg-brand-700 px-3 py-1 font-semibold text-white hover:bg-brand-800">
                  {t("request")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
