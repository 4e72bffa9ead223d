import { getTranslations, setRequestLocale } from "next-intl/server";
import { RejectForm } from "@/components/products/reject-form";
import { requirePageAccess } from "@/server/auth/session";
import { approveListingAction } from "@/server/products/actions";
import { listReviewQueue } from "@/server/products/studio-queries";

export default async function ReviewQueue({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("product.review", locale, "/admin/review");
  const t = await getTranslations({ locale, namespace: "admin.review" });
  const tFields = await getTranslations({ locale, namespace: "listings.form" });
  const queue = await listReviewQueue(viewer);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {queue.length === 0 ? <p>{t("empty")}</p> : null}
      {queue.map((item) => (
        <article key={item.id} className="space-y-3 rounded border border-slate-300 p-4">
          <h2 className="text-lg font-bold">{item.nameVi}</h2>
          <p className="text-sm">{item.producer} · {item.isRevision ? t("revision") : t("newListing")}</p>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("diff")}</caption>
            <thead><tr className="border-b"><th scope="col">{t("field")}</th><th scope="col">{t("before")}</th><th scope="col">{t("after")}</th></tr></thead>
            <tbody>
              {item.diff.map((row) => (
                <tr key={row.field} className="border-b align-top">
                  <th scope="row" className="py-1 pr-2 font-semibold">{tFields(row.field === "priceVnd" ? "price" : row.field)}</th>
                  <td className="whitespace-pre-wrap pr-2 text-red-900"><del>{row.before}</del></td>
                  <td className="whitespace-pre-wrap text-green-900"><ins>{row.after}</ins></td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="flex flex-wrap items-start gap-6">
            <form action={approveListingAction}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="id" value={item.id} />
              <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">{t("approve")}</button>
            </form>
            <RejectForm locale={locale} id={item.id} />
          </div>
        </article>
      ))}
    </section>
  );
}
