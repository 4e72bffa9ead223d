import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PhotoGallery } from "@/components/products/photo-gallery";
import { PhotoUploader } from "@/components/products/photo-uploader";
import { ProductForm } from "@/components/products/product-form";
import { StockForm } from "@/components/products/stock-form";
import { nowMs } from "@/lib/clock";
import { readEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { formatDateTime, formatNumber } from "@/lib/format";
import { MAX_PHOTOS_PER_LISTING } from "@/lib/photo-rules";
import { actionBodyLimitBytes } from "@/lib/request-limits.mjs";
import { requirePageAccess } from "@/server/auth/session";
import { addProductPhotosAction, archiveProductAction, deleteProductPhotoAction, duplicateProductAction, moveProductPhotoAction } from "@/server/products/actions";
import { listStockHistory } from "@/server/products/stock";
import { getOwnProduct, listSubgroups } from "@/server/products/studio-queries";

export default async function EditProduct({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("product.manageOwn", locale, `/studio/products/${id}`);
  const listing = await getOwnProduct(viewer, id).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const query = await searchParams;
  const [t, history, subgroupRows] = await Promise.all([getTranslations({ locale, namespace: "listings" }), listStockHistory(viewer, id, { take: 30 }), listSubgroups()]);
  const subgroups = subgroupRows.map((s) => ({ id: s.id, group: s.group, name: locale === "en" ? s.nameEn : s.nameVi }));
  const uploadMaxBytes = readEnv().UPLOAD_MAX_BYTES;
  const signed = (n: number) => (n > 0 ? `+${formatNumber(n, locale)}` : formatNumber(n, locale));
  return (
    <section className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{listing.values.nameVi}</h1>
        <p>
          {t("statusLabel")}: <strong>{t(`status.${listing.status}`)}</strong>
          {listing.pendingReview ? ` · ${t("pendingEdit")}` : ""}
        </p>
        {query.saved ? <p role="status" className="font-semibold text-green-900">{t("saved")}</p> : null}
        {listing.status === "PUBLISHED" ? <p className="text-sm text-slate-700">{t("publishedEditNote")}</p> : null}
        {listing.rejectionReason ? (
          <p role="alert" className="rounded border border-amber-700 bg-amber-50 px-3 py-2">
            {t("rejected")}: {listing.rejectionReason}
          </p>
        ) : null}
      </div>

      <ProductForm
        locale={locale}
        id={listing.id}
        initial={listing.values}
        editVersion={listing.editVersion}
        subgroups={subgroups}
        canSubmit={listing.status === "DRAFT" || listing.status === "REJECTED"}
        uploadMaxBytes={uploadMaxBytes}
        requestMaxBytes={actionBodyLimitBytes(uploadMaxBytes)}
      />

      <section id="photos" aria-labelledby="photos-title" className="space-y-3">
        <h2 id="photos-title" className="text-xl font-bold">{t("photos.title")}</h2>
        <p className="text-sm text-slate-700">{t("photos.note", { max: MAX_PHOTOS_PER_LISTING })}</p>
        {query.photo ? <p role="status" className="font-semibold text-green-900">{t(`photos.${query.photo === "deleted" ? "deleted" : "moved"}`)}</p> : null}
        <PhotoGallery locale={locale} ownerField="id" ownerId={listing.id} photos={listing.images} moveAction={moveProductPhotoAction} deleteAction={deleteProductPhotoAction} />
        {listing.status !== "ARCHIVED" && listing.images.length < MAX_PHOTOS_PER_LISTING ? (
          <PhotoUploader
            locale={locale}
            ownerField="id"
            ownerId={listing.id}
            action={addProductPhotosAction}
            uploadMaxBytes={uploadMaxBytes}
            requestMaxBytes={actionBodyLimitBytes(uploadMaxBytes)}
            remaining={MAX_PHOTOS_PER_LISTING - listing.images.length}
          />
        ) : null}
      </section>

      <section id="stock" aria-labelledby="stock-title" className="space-y-3">
        <h2 id="stock-title" className="text-xl font-bold">{t("stock.title")}</h2>
        <p>
          {t("stock.current")}: <strong data-testid="current-stock">{formatNumber(listing.stock, locale)}</strong>
        </p>
        <p className="text-sm text-slate-700">{t("stock.note")}</p>
        {query.stock ? <p role="status" className="font-semibold text-green-900">{t("stock.saved")}</p> : null}
        {listing.status !== "ARCHIVED" ? <StockForm locale={locale} productId={listing.id} stock={listing.stock} openedAt={nowMs()} /> : null}
        <table className="w-full text-left text-sm">
          <caption className="py-1 text-left font-semibold">{t("stock.history")}</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="py-1">{t("stock.when")}</th>
              <th scope="col">{t("stock.what")}</th>
              <th scope="col" className="text-right">{t("stock.change")}</th>
              <th scope="col" className="text-right">{t("stock.after")}</th>
              <th scope="col">{t("stock.who")}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((entry, index) => (
              <tr key={index} className="border-b align-top">
                <td className="py-1 pr-2">{formatDateTime(entry.at, locale)}</td>
                <td className="pr-2">
                  {t(`stock.kinds.${entry.kind}`)}
                  {entry.orderCode ? ` ${entry.orderCode}` : ""}
                  {entry.reason ? <span className="block text-slate-700">{entry.reason}</span> : null}
                </td>
                <td className="pr-2 text-right tabular-nums">{signed(entry.delta)}</td>
                <td className="pr-2 text-right tabular-nums">{entry.stockAfter === null ? "" : formatNumber(entry.stockAfter, locale)}</td>
                <td>{entry.actor ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <div className="flex gap-3">
        <form action={duplicateProductAction}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={listing.id} />
          <button type="submit" className="rounded border border-slate-500 px-3 py-1 font-semibold">{t("duplicate")}</button>
        </form>
        {listing.status !== "ARCHIVED" ? (
          <form action={archiveProductAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="id" value={listing.id} />
            <button type="submit" className="rounded border border-red-800 px-3 py-1 font-semibold text-red-900">{t("archive")}</button>
          </form>
        ) : null}
      </div>
    </section>
  );
}
