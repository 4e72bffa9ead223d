import { getTranslations, setRequestLocale } from "next-intl/server";
import { fairName } from "@/components/fairs/format";
import { formatDayRange } from "@/lib/format";
import { Link } from "@/i18n/navigation";
import { requirePageAccess } from "@/server/auth/session";
import { listFairsForOfficer } from "@/server/fairs/queries";

export default async function AdminFairsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("fair.manage", locale, "/admin/fairs");
  const [t, fairs] = await Promise.all([getTranslations({ locale, namespace: "fairs.admin" }), listFairsForOfficer(viewer)]);
  return (
    <section className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Link href="/admin/fairs/new" className="rounded bg-brand-700 px-3 py-1 font-semibold text-white hover:bg-brand-800">
          {t("new")}
        </Link>
      </div>
      <ul className="space-y-2">
        {fairs.map((f) => (
          <li key={f.id} className="rounded border border-slate-200 p-3">
            <Link href={`/admin/fairs/${f.id}`} className="font-semibold text-brand-800 underline-offset-2 hover:underline">
              {fairName(f, locale)}
            </Link>
            <div className="text-sm text-slate-700">
              {formatDayRange(f.startsOn, f.endsOn, locale)} · {f.venue} · {t("free", { free: f.boothCapacity - f.allocatedBooths, capacity: f.boothCapacity })} ·{" "}
              {t("pending", { count: f.pendingRequests })}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
