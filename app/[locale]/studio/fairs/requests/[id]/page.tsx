import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { BoothRequestPage } from "@/components/fairs/booth-request-page";
import { isAppError } from "@/lib/errors";
import { requirePageAccess } from "@/server/auth/session";
import { getOwnRequest, ownProductsForFair } from "@/server/fairs/queries";

export default async function EditBoothRequestPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("booth.requestOwn", locale, `/studio/fairs/requests/${id}`);
  const request = await getOwnRequest(viewer, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (request.status !== "PENDING") notFound();
  return (
    <BoothRequestPage
      products={await ownProductsForFair(viewer, request.fair.minStars)}
      locale={locale}
      fair={request.fair}
      requestId={request.id}
      initial={{
        boothCount: String(request.boothCount),
        productIds: request.productIds,
        needsPower: request.needsPower ? "on" : [],
        needsRefrigeration: request.needsRefrigeration ? "on" : [],
        needsWater: request.needsWater ? "on" : [],
        note: request.note,
      }}
    />
  );
}
