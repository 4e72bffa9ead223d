import { getTranslations, setRequestLocale } from "next-intl/server";
import { PhotoGallery } from "@/components/products/photo-gallery";
import { PhotoUploader } from "@/components/products/photo-uploader";
import { ProfileForm } from "@/components/producers/profile-form";
import { readEnv } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { MAX_PHOTOS_PER_PROFILE } from "@/lib/photo-rules";
import { actionBodyLimitBytes } from "@/lib/request-limits.mjs";
import { ownProducerId } from "@/server/auth/permissions";
import { requirePageAccess } from "@/server/auth/session";
import { addProducerPhotosAction, deleteProducerPhotoAction, moveProducerPhotoAction } from "@/server/producers/actions";
import { getProducerProfile } from "@/server/producers/profile";
import { communeOption, communesOfProvince } from "@/server/regions/communes";
import type { ProfileField } from "@/server/producers/schemas";

export default async function StudioProfile({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("producer.editOwnProfile", locale, "/studio/profile");
  const profile = await getProducerProfile(viewer, ownProducerId(viewer));
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "profile" });
  const commune = await communeOption(profile.values.regionId);
  const fallback = commune ? await communesOfProvince(commune.province) : [];
  const uploadMaxBytes = readEnv().UPLOAD_MAX_BYTES;
  const fieldLabel = (field: ProfileField) => t(`fields.${field}`);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {query.saved ? <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 font-semibold text-green-900">{query.saved === "proposed" ? t("proposed") : t("saved")}</p> : null}
      {profile.revisionRejectionReason && profile.pendingFields.length === 0 ? (
        <p role="alert" className="rounded border border-amber-700 bg-amber-50 px-3 py-2">{t("rejected", { reason: profile.revisionRejectionReason })}</p>
      ) : null}
      {profile.pendingFields.length > 0 ? (
        <p className="rounded border border-amber-700 bg-amber-50 px-3 py-2" data-testid="pending-profile">
          {t("pending", { fields: profile.pendingFields.map(fieldLabel).join(", "), at: profile.revisionSubmittedAt ? formatDateTime(profile.revisionSubmittedAt, locale) : "" })}
        </p>
      ) : null}
      <ProfileForm
        locale={locale}
        producerId={profile.id}
        initial={profile.values}
        commune={commune ? { id: commune.id, label: commune.label } : null}
        communeFallback={fallback.map(({ id, label }) => ({ id, label }))}
        pendingFields={profile.pendingFields}
        defaultShippingVnd={readEnv().SHIPPING_FEE_VND}
      />
      <section id="photos" aria-labelledby="photos-title" className="space-y-3">
        <h2 id="photos-title" className="text-xl font-bold">{t("photosTitle")}</h2>
        <p className="text-sm text-slate-700">{t("photosNote", { max: MAX_PHOTOS_PER_PROFILE })}</p>
        {query.photo ? <p role="status" className="font-semibold text-green-900">{t(query.photo === "deleted" ? "photoDeleted" : "photoMoved")}</p> : null}
        <PhotoGallery locale={locale} ownerField="producerId" ownerId={profile.id} photos={profile.images} moveAction={moveProducerPhotoAction} deleteAction={deleteProducerPhotoAction} />
        {profile.images.length < MAX_PHOTOS_PER_PROFILE ? (
          <PhotoUploader
            locale={locale}
            ownerField="producerId"
            ownerId={profile.id}
            action={addProducerPhotosAction}
            uploadMaxBytes={uploadMaxBytes}
            requestMaxBytes={actionBodyLimitBytes(uploadMaxBytes)}
            remaining={MAX_PHOTOS_PER_PROFILE - profile.images.length}
          />
        ) : null}
      </section>
    </section>
  );
}
