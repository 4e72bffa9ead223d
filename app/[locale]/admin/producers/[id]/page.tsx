import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PhotoGallery } from "@/components/products/photo-gallery";
import { PhotoUploader } from "@/components/products/photo-uploader";
import { ProfileForm } from "@/components/producers/profile-form";
import { readEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { MAX_PHOTOS_PER_PROFILE } from "@/lib/photo-rules";
import { actionBodyLimitBytes } from "@/lib/request-limits.mjs";
import { requirePageAccess } from "@/server/auth/session";
import { addProducerPhotosAction, deleteProducerPhotoAction, moveProducerPhotoAction } from "@/server/producers/actions";
import { getProducerProfile } from "@/server/producers/profile";
import { communeOption, communesOfProvince } from "@/server/regions/communes";

export default async function EditProducer({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("producer.manage", locale, `/admin/producers/${id}`);
  const profile = await getProducerProfile(viewer, id).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "profile" });
  // An officer edits the live profile; a producer's proposal waits in the review queue.
  const commune = await communeOption(profile.liveValues.regionId);
  const fallback = commune ? await communesOfProvince(commune.province) : [];
  const uploadMaxBytes = readEnv().UPLOAD_MAX_BYTES;
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">{profile.name}</h1>
      {query.saved ? <p role="status" className="font-semibold text-green-900">{t("saved")}</p> : null}
      {profile.pendingFields.length > 0 ? <p className="rounded border border-amber-700 bg-amber-50 px-3 py-2">{t("pendingForOfficer")}</p> : null}
      <ProfileForm locale={locale} producerId={profile.id} initial={profile.liveValues} commune={commune ? { id: commune.id, label: commune.label } : null} communeFallback={fallback.map(({ id: value, label }) => ({ id: value, label }))} byOfficer defaultShippingVnd={readEnv().SHIPPING_FEE_VND} />
      <section id="photos" aria-labelledby="photos-title" className="space-y-3">
        <h2 id="photos-title" className="text-xl font-bold">{t("photosTitle")}</h2>
        <PhotoGallery locale={locale} ownerField="producerId" ownerId={profile.id} photos={profile.images} moveAction={moveProducerPhotoAction} deleteAction={deleteProducerPhotoAction} hidden={{ back: "admin" }} />
        {profile.images.length < MAX_PHOTOS_PER_PROFILE ? (
          <PhotoUploader locale={locale} ownerField="producerId" ownerId={profile.id} action={addProducerPhotosAction} uploadMaxBytes={uploadMaxBytes} requestMaxBytes={actionBodyLimitBytes(uploadMaxBytes)} remaining={MAX_PHOTOS_PER_PROFILE - profile.images.length} reviewed={false} />
        ) : null}
      </section>
    </section>
  );
}
