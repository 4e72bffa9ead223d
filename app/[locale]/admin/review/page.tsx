import { getTranslations, setRequestLocale } from "next-intl/server";
import { RejectForm } from "@/components/products/reject-form";
import { formatDateTime, formatVnd } from "@/lib/format";
import { imageUrl } from "@/lib/image-url";
import { requirePageAccess } from "@/server/auth/session";
import { approveProductAction, rejectProductAction, rejectProductPhotoAction } from "@/server/products/actions";
import { approveProducerRevisionAction, rejectProducerRevisionAction } from "@/server/producers/actions";
import { listProfileReviewQueue } from "@/server/producers/review-queries";
import { listReviewQueue, type ReviewPhoto } from "@/server/products/studio-queries";
import { optionalMessage } from "@/i18n/optional-message";
import { factDisplay } from "@/server/products/fact-display";

function Thumbnail({ photo, alt }: { photo: ReviewPhoto; alt: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- our own re-encoded variants
    <img src={imageUrl(photo.key, 320)} alt={alt} width={photo.width} height={photo.height} className="aspect-[4/3] h-auto w-40 rounded object-cover" />
  );
}

export default async function ReviewQueue({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("product.review", locale, "/admin/review");
  const query = await searchParams;
  const [t, fact, tProfile, tLegal, queue, profiles] = await Promise.all([
    getTranslations({ locale, namespace: "admin.review" }),
    factDisplay(locale),
    getTranslations({ locale, namespace: "profile" }),
    getTranslations({ locale, namespace: "common.legalForms" }),
    listReviewQueue(viewer),
    listProfileReviewQueue(viewer),
  ]);
  const profileValue = (field: string, value: string) => {
    if (field === "legalForm" && value) return tLegal(value as "HOUSEHOLD");
    // The delivery rule's amounts, as buyers will read them on the product page.
    if (field.startsWith("shipping") && /^\d+$/.test(value)) return formatVnd(Number(value), locale);
    return value;
  };
  const error = query.error ? (optionalMessage(t, `errors.${query.error}`) ?? t("errors.generic")) : null;
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <nav aria-label={t("sections")} className="flex gap-4 text-sm font-semibold">
        <a href="#products" className="text-brand-800 underline">{t("productsSection", { count: queue.total })}</a>
        <a href="#profiles" className="text-brand-800 underline">{t("profilesSection", { count: profiles.total })}</a>
      </nav>
      {error ? <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 font-semibold text-red-900">{error}</p> : null}
      {query.approved ? <p role="status" className="font-semibold text-green-900">{t("approvedNotice")}</p> : null}
      {query.photo === "rejected" ? <p role="status" className="font-semibold text-green-900">{t("photoRejected")}</p> : null}
      <h2 id="products" className="text-xl font-bold">{t("productsTitle")}</h2>
      {queue.items.length === 0 ? <p>{t("empty")}</p> : null}
      {queue.total > queue.items.length ? <p className="text-sm text-slate-700">{t("showing", { shown: queue.items.length, total: queue.total })}</p> : null}
      {queue.items.map((item) => (
        <article key={item.id} id={`product-${item.id}`} className="space-y-3 rounded border border-slate-300 p-4" aria-labelledby={`title-${item.id}`}>
          <h2 id={`title-${item.id}`} className="text-lg font-bold">{item.nameVi}</h2>
          <p className="text-sm">
            {item.producer} · {item.isRevision ? (item.diff.length > 0 ? t("revision") : t("photosOnly")) : t("newProduct")}
            {item.submittedAt ? ` · ${formatDateTime(item.submittedAt, locale)}` : ""}
          </p>
          {item.diff.length > 0 ? (
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("diff")}</caption>
              <thead><tr className="border-b"><th scope="col">{t("field")}</th><th scope="col">{t("before")}</th><th scope="col">{t("after")}</th></tr></thead>
              <tbody>
                {item.diff.map((row) => (
                  <tr key={row.field} className="border-b align-top">
                    <th scope="row" className="py-1 pr-2 font-semibold">{fact.label(row.field)}</th>
                    <td className="whitespace-pre-wrap pr-2 text-red-900"><del>{fact.value(row.field, row.before)}</del></td>
                    <td className="whitespace-pre-wrap text-green-900"><ins>{fact.value(row.field, row.after)}</ins></td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {item.newPhotos.length > 0 ? (
            <div className="space-y-2">
              <h3 className="font-semibold">{t("newPhotos", { count: item.newPhotos.length })}</h3>
              <ul className="flex flex-wrap gap-3">
                {item.newPhotos.map((photo, index) => (
                  <li key={photo.id} className="space-y-1">
                    <Thumbnail photo={photo} alt={t("newPhotoAlt", { n: index + 1, name: item.nameVi })} />
                    <form action={rejectProductPhotoAction}>
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="id" value={item.id} />
                      <input type="hidden" name="photoId" value={photo.id} />
                      <button type="submit" className="text-sm font-semibold text-red-900 underline" aria-label={t("rejectPhotoLabel", { n: index + 1, name: item.nameVi })}>
                        {t("rejectPhoto")}
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {item.livePhotos.length > 0 ? (
            <details>
              <summary className="cursor-pointer text-sm font-semibold">{t("livePhotos", { count: item.livePhotos.length })}</summary>
              <ul className="mt-2 flex flex-wrap gap-3">
                {item.livePhotos.map((photo, index) => (
                  <li key={photo.id}><Thumbnail photo={photo} alt={t("livePhotoAlt", { n: index + 1, name: item.nameVi })} /></li>
                ))}
              </ul>
            </details>
          ) : null}
          {!item.isRevision && item.livePhotos.length === 0 && item.newPhotos.length === 0 ? <p className="text-sm text-amber-900">{t("noPhotos")}</p> : null}
          <div className="flex flex-wrap items-start gap-6">
            <form action={approveProductAction}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="id" value={item.id} />
              <input type="hidden" name="editVersion" value={item.editVersion} />
              <input type="hidden" name="photoIds" value={item.newPhotos.map((p) => p.id).join(",")} />
              <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">{t("approve")}</button>
            </form>
            <RejectForm
              locale={locale}
              action={rejectProductAction}
              hidden={{ id: item.id, editVersion: String(item.editVersion), photoIds: item.newPhotos.map((p) => p.id).join(",") }}
              label={t("reason")}
              submit={t("reject")}
            />
          </div>
        </article>
      ))}
      <h2 id="profiles" className="text-xl font-bold">{t("profilesTitle")}</h2>
      {profiles.items.length === 0 ? <p>{t("profilesEmpty")}</p> : null}
      {profiles.total > profiles.items.length ? <p className="text-sm text-slate-700">{t("showing", { shown: profiles.items.length, total: profiles.total })}</p> : null}
      {profiles.items.map((item) => (
        <article key={item.producerId} id={`producer-${item.producerId}`} className="space-y-3 rounded border border-slate-300 p-4" aria-labelledby={`producer-title-${item.producerId}`}>
          <h3 id={`producer-title-${item.producerId}`} className="text-lg font-bold">{item.name}</h3>
          <p className="text-sm">
            {t("profileProposal")}
            {item.submittedAt ? ` · ${formatDateTime(item.submittedAt, locale)}` : ""}
          </p>
          {item.changes.length > 0 ? (
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("diff")}</caption>
              <thead><tr className="border-b"><th scope="col">{t("field")}</th><th scope="col">{t("before")}</th><th scope="col">{t("after")}</th></tr></thead>
              <tbody>
                {item.changes.map((row) => (
                  <tr key={row.field} className="border-b align-top">
                    <th scope="row" className="py-1 pr-2 font-semibold">
                      {tProfile(`fields.${row.field}`)}
                      {row.kind !== "public" ? <span className="block text-xs font-normal text-amber-900">{t(`changeKind.${row.kind}`)}</span> : null}
                    </th>
                    <td className="whitespace-pre-wrap pr-2 text-red-900"><del>{profileValue(row.field, row.before)}</del></td>
                    <td className="whitespace-pre-wrap text-green-900"><ins>{profileValue(row.field, row.after)}</ins></td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {item.changes.some((c) => c.kind === "bank") ? (
            <p className="rounded border border-amber-700 bg-amber-50 px-3 py-2 text-sm">{t("bankWarning", { count: item.openTransferOrders })}</p>
          ) : null}
          {item.newPhotos.length > 0 ? (
            <div className="space-y-2">
              <h4 className="font-semibold">{t("newPhotos", { count: item.newPhotos.length })}</h4>
              <ul className="flex flex-wrap gap-3">
                {item.newPhotos.map((photo, index) => (
                  <li key={photo.id}><Thumbnail photo={{ ...photo, review: "PENDING" }} alt={t("newPhotoAlt", { n: index + 1, name: item.name })} /></li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="flex flex-wrap items-start gap-6">
            <form action={approveProducerRevisionAction}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="producerId" value={item.producerId} />
              <input type="hidden" name="submittedAt" value={item.submittedAt ? String(item.submittedAt.getTime()) : ""} />
              <input type="hidden" name="photoIds" value={item.newPhotos.map((p) => p.id).join(",")} />
              <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">{t("approveProfile")}</button>
            </form>
            <RejectForm
              locale={locale}
              action={rejectProducerRevisionAction}
              hidden={{ producerId: item.producerId, photoIds: item.newPhotos.map((p) => p.id).join(",") }}
              label={t("reason")}
              submit={t("reject")}
            />
          </div>
        </article>
      ))}
    </section>
  );
}
