import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatVnd } from "@/lib/format";
import { requirePageAccess } from "@/server/auth/session";
import { listOwnProducts } from "@/server/products/studio-queries";

export default async function StudioProducts({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("product.manageOwn", locale, "/studio/products");
  const t = await getTranslations({ locale, namespace: "listings" });
  const rows = await listOwnProducts(viewer);
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Link href="/studio/products/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("new")}
        </Link>
      </div>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b">
              <th scope="col" className="py-2">{t("columns.name")}</th>
              <th scope="col">{t("columns.status")}</th>
              <th scope="col">{t("columns.price")}</th>
              <th scope="col">{t("columns.stock")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b">
                <td className="py-2">
                  <Link href={`/studio/products/${row.id}`} className="font-semibold text-brand-800 underline">
                    {row.nameVi}
                  </Link>
                </td>
                <td>
                  {t(`status.${row.status}`)}
                  {row.pendingReview ? ` · ${t("pendingEdit")}` : ""}
                </td>
                <td>{formatVnd(row.priceVnd, locale)}</td>
                <td>{row.stock}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
