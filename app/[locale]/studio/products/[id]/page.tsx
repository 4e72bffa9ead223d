import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListingForm } from "@/components/products/product-form";
import { imageUrl } from "@/lib/image-url";
import { isAppError } from "@/lib/errors";
import { requirePageAccess } from "@/server/auth/session";
import { archiveListingAction, duplicateListingAction } from "@/server/products/actions";
import { getOwnListing, listSubgroups } from "@/server/products/studio-queries";

export default async function EditListing({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("product.manageOwn", locale, `/studio/products/${id}`);
  const listing = await getOwnListing(viewer, id).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { saved } = await searchParams;
  const t = await getTranslations({ locale, namespace: "listings" });
  const subgroups = (await listSubgroups()).map((s) => ({ id: s.id, group: s.group, name: locale === "en" ? s.nameEn : s.nameVi }));
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{listing.values.nameVi}</h1>
      <p>
        {t("statusLabel")}: <strong>{t(`status.${listing.status}`)}</strong>
        {listing.pendingReview ? ` · ${t("pendingEdit")}` : ""}
      </p>
      {saved ? <p role="status" className="font-semibold text-green-900">{t("saved")}</p> : null}
      {listing.status === "PUBLISHED" ? <p className="text-sm text-slate-700">{t("publishedEditNote")}</p> : null}
      {listing.rejectionReason ? (
        <p role="alert" className="rounded border border-amber-700 bg-amber-50 px-3 py-2">
          {t("rejected")}: {listing.rejectionReason}
        </p>
      ) : null}
      {listing.images.length > 0 ? (
        <ul className="flex flex-wrap gap-2">
          {listing.images.map((image) => (
            // eslint-disable-next-line @next/next/no-img-element -- our own re-encoded variants; next/image adds nothing here
            <li key={image.key}><img src={imageUrl(image.key, 320)} alt={image.alt} width={160} height={Math.round((160 * image.height) / image.width)} /></li>
          ))}
        </ul>
      ) : null}
      <ListingForm locale={locale} id={listing.id} initial={listing.values} subgroups={subgroups} canSubmit={listing.status === "DRAFT" || listing.status === "REJECTED"} />
      <div className="flex gap-3">
        <form action={duplicateListingAction}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={listing.id} />
          <button type="submit" className="rounded border border-slate-500 px-3 py-1 font-semibold">{t("duplicate")}</button>
        </form>
        {listing.status !== "ARCHIVED" ? (
          <form action={archiveListingAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="id" value={listing.id} />
            <button type="submit" className="rounded border border-red-800 px-3 py-1 font-semibold text-red-900">{t("archive")}</button>
          </form>
        ) : null}
      </div>
    </section>
  );
}
