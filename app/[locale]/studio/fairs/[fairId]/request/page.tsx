import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { BoothRequestPage } from "@/components/fairs/booth-request-page";
import { requirePageAccess } from "@/server/auth/session";
import { getFairById, ownProductsForFair } from "@/server/fairs/queries";

export default async function NewBoothRequestPage({ params }: { params: Promise<{ locale: string; fairId: string }> }) {
  const { locale, fairId } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("booth.requestOwn", locale, `/studio/fairs/${fairId}/request`);
  const fair = await getFairById(fairId);
  if (!fair) notFound();
  return (
    <BoothRequestPage
      products={await ownProductsForFair(viewer, fair.minStars)}
      locale={locale}
      fair={fair}
      initial={{ boothCount: "1" }}
    />
  );
}
