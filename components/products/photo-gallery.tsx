import { getTranslations } from "next-intl/server";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { imageUrl } from "@/lib/image-url";

export interface GalleryPhoto {
  id: string;
  key: string;
  width: number;
  height: number;
  alt: string;
  review: "PENDING" | "APPROVED" | "REJECTED";
  /** A drawing the demo put there (lib/pictures.ts): public only until a real photo is approved. */
  illustration?: boolean;
}

/**
 * A producer's photos in order, each with its review state and the buttons to make it the main photo,
 * move it and delete it. Plain forms: works without JavaScript.
 */
export async function PhotoGallery({
  locale,
  ownerField,
  ownerId,
  photos,
  moveAction,
  deleteAction,
  hidden = {},
}: {
  locale: string;
  ownerField: "id" | "producerId";
  ownerId: string;
  photos: readonly GalleryPhoto[];
  moveAction: (formData: FormData) => Promise<void>;
  deleteAction: (formData: FormData) => Promise<void>;
  /** More fields every form posts (where to come back to). */
  hidden?: Record<string, string>;
}) {
  const t = await getTranslations({ locale, namespace: "forms" });
  if (photos.length === 0) return <p className="text-slate-700">{t("photoNone")}</p>;
  // The public pages' main picture: the first approved photo, else the first approved illustration.
  const mainId = (photos.find((p) => p.review === "APPROVED" && !p.illustration) ?? photos.find((p) => p.review === "APPROVED"))?.id ?? null;
  const button = "rounded border border-slate-500 px-2 py-1 text-sm font-semibold hover:bg-slate-100 disabled:opacity-40";
  const fields = (photoId: string) => (
    <>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name={ownerField} value={ownerId} />
      <input type="hidden" name="photoId" value={photoId} />
    </>
  );
  return (
    <ol className="grid grid-cols-2 gap-3 sm:grid-cols-3" aria-label={t("photoGallery")}>
      {photos.map((photo, index) => (
        <li key={photo.id} className="space-y-2 rounded border border-slate-300 p-2" data-review={photo.review}>
          {/* eslint-disable-next-line @next/next/no-img-element -- our own re-encoded variants */}
          <img src={imageUrl(photo.key, 320)} alt={photo.alt} width={photo.width} height={photo.height} className="aspect-[4/3] h-auto w-full rounded object-cover" />
          <p className="text-sm">
            <span className="font-semibold">{t("photoNumber", { n: index + 1 })}</span>
            {" · "}
            <span className={photo.review === "REJECTED" ? "font-semibold text-red-800" : photo.review === "PENDING" ? "text-amber-900" : "text-green-900"}>{t(`photoReview.${photo.review}`)}</span>
            {photo.id === mainId ? <strong className="ml-1 text-brand-800">· {t("photoMain")}</strong> : null}
          </p>
          {photo.illustration ? <p className="text-sm text-slate-700">{t("photoIllustration")}</p> : null}
          <div className="flex flex-wrap gap-1">
            <form action={moveAction}>
              {fields(photo.id)}
              <button type="submit" name="move" value="first" disabled={index === 0} className={button} aria-label={t("photoMakeMainLabel", { n: index + 1 })}>
                {t("photoMakeMain")}
              </button>
            </form>
            <form action={moveAction}>
              {fields(photo.id)}
              <button type="submit" name="move" value="up" disabled={index === 0} className={button} aria-label={t("photoMoveUpLabel", { n: index + 1 })}>
                ←
              </button>
            </form>
            <form action={moveAction}>
              {fields(photo.id)}
              <button type="submit" name="move" value="down" disabled={index === photos.length - 1} className={button} aria-label={t("photoMoveDownLabel", { n: index + 1 })}>
                →
              </button>
            </form>
            <form action={deleteAction}>
              {fields(photo.id)}
              <ConfirmSubmit question={t("photoDeleteConfirm")} label={t("photoDeleteLabel", { n: index + 1 })} className={`${button} border-red-800 text-red-900`}>
                {t("photoDelete")}
              </ConfirmSubmit>
            </form>
          </div>
        </li>
      ))}
    </ol>
  );
}
