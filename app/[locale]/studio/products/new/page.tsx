import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProductForm } from "@/components/products/product-form";
import { readEnv } from "@/lib/env";
import { actionBodyLimitBytes } from "@/lib/request-limits.mjs";
import { requirePageAccess } from "@/server/auth/session";
import { listSubgroups } from "@/server/products/studio-queries";

export default async function NewProduct({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageAccess("product.manageOwn", locale, "/studio/products/new");
  const t = await getTranslations({ locale, namespace: "listings" });
  const uploadMaxBytes = readEnv().UPLOAD_MAX_BYTES;
  const subgroups = (await listSubgroups()).map((s) => ({ id: s.id, group: s.group, name: locale === "en" ? s.nameEn : s.nameVi }));
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <ProductForm locale={locale} initial={{}} subgroups={subgroups} canSubmit uploadMaxBytes={uploadMaxBytes} requestMaxBytes={actionBodyLimitBytes(uploadMaxBytes)} />
    </section>
  );
}
