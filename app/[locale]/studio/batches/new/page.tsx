import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewBatchForm } from "@/components/trace/batch-forms";
import { today } from "@/lib/clock";
import { requirePageAccess } from "@/server/auth/session";
import { listOwnProducts } from "@/server/products/studio-queries";

export default async function NewBatchPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("batch.manageOwn", locale, "/studio/batches/new");
  const t = await getTranslations({ locale, namespace: "trace.studio" });
  const products = (await listOwnProducts(viewer)).filter((p) => p.status !== "ARCHIVED").map((p) => ({ id: p.id, name: p.nameVi }));
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <NewBatchForm locale={locale} products={products} today={today()} />
    </section>
  );
}
