import { getTranslations, setRequestLocale } from "next-intl/server";
import { SuspendForm } from "@/components/producers/suspend-form";
import { Link } from "@/i18n/navigation";
import { requirePageAccess } from "@/server/auth/session";
import { reactivateProducerAction } from "@/server/producers/actions";
import { listProducersForAdmin } from "@/server/producers/admin-queries";

export default async function AdminProducers({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("producer.manage", locale, "/admin/producers");
  const t = await getTranslations({ locale, namespace: "admin.producers" });
  const tForms = await getTranslations({ locale, namespace: "common.legalForms" });
  const tProfile = await getTranslations({ locale, namespace: "profile" });
  const producers = await listProducersForAdmin(viewer);
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Link href="/admin/producers/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">{tProfile("add")}</Link>
      </div>
      <ul className="space-y-3">
        {producers.map((p) => (
          <li key={p.id} className="rounded border border-slate-300 p-3">
            <p className="font-semibold"><Link href={`/admin/producers/${p.id}`} className="underline">{p.name}</Link></p>
            <p className="text-sm">{tForms(p.legalForm)} · {p.region.name} · {t("counts", { products: p._count.products, users: p._count.users })} · {t(`status.${p.status}`)}</p>
            {p.status === "ACTIVE" ? (
              <SuspendForm locale={locale} producerId={p.id} />
            ) : (
              <form action={reactivateProducerAction}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="producerId" value={p.id} />
                <p className="text-sm">{p.suspendedReason}</p>
                <button type="submit" className="rounded border border-slate-500 px-3 py-1 font-semibold">{t("reactivate")}</button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
