import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";
import { signOutDeviceAction, signOutEverywhereAction } from "@/server/accounts/actions";
import type { DeviceView } from "@/server/auth/session";

/** The browsers signed in to the account, each with a button to sign it out, and one for all of them. */
export async function Devices({ locale, devices, notice }: { locale: string; devices: readonly DeviceView[]; notice: boolean }) {
  const t = await getTranslations({ locale, namespace: "accounts.devices" });
  return (
    <section aria-labelledby="devices-title" className="space-y-3">
      <h2 id="devices-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      {notice ? (
        <p role="status" className="font-semibold text-green-900">
          {t("signedOut")}
        </p>
      ) : null}
      <ul className="divide-y divide-slate-300 rounded border border-slate-300">
        {devices.map((device) => {
          const signedIn = formatDateTime(device.signedInAt, locale);
          return (
            <li key={device.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <div>
                <p className="font-semibold">
                  {device.device}
                  {device.current ? <span className="ml-2 rounded bg-green-100 px-2 text-sm text-green-900">{t("current")}</span> : null}
                </p>
                <p className="text-sm text-slate-700">
                  {t("signedIn")}: {signedIn} · {t("lastSeen")}: {formatDateTime(device.lastSeenAt, locale)}
                </p>
              </div>
              {device.current ? null : (
                <form action={signOutDeviceAction}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="sessionId" value={device.id} />
                  <button
                    type="submit"
                    aria-label={t("signOutLabel", { device: device.device, signedIn })}
                    className="rounded border border-slate-500 px-3 py-1 font-semibold hover:bg-slate-100 focus-visible:outline focus-visible:outline-2"
                  >
                    {t("signOut")}
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
      <form action={signOutEverywhereAction}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="rounded border border-red-800 px-3 py-1 font-semibold text-red-900 hover:bg-red-50 focus-visible:outline focus-visible:outline-2">
          {t("signOutEverywhere")}
        </button>
      </form>
    </section>
  );
}
