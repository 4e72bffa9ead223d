import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import QRCode from "qrcode";
import { formatDay } from "@/lib/format";
import { isAppError } from "@/lib/errors";
import { readEnv } from "@/lib/env";
import { requirePageAccess } from "@/server/auth/session";
import { batchQrUrl } from "@/server/trace/links";
import { getOwnBatch } from "@/server/trace/queries";

/** A print-ready A4 sheet of QR labels (3 × 8 per page); the number of labels comes from ?count=. */
export default async function LabelSheet({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("batch.manageOwn", locale, `/studio/batches/${id}/labels`);
  const batch = await getOwnBatch(viewer, id).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const count = Math.min(240, Math.max(1, Number((await searchParams).count) || 24));
  const t = await getTranslations({ locale, namespace: "trace" });
  const url = batchQrUrl(readEnv().PUBLIC_BASE_URL, batch, batch.gtin);
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return (
    <section className="space-y-4">
      <style>{`@page { size: A4; margin: 10mm; } @media print { header, footer, nav { display: none !important; } main { padding: 0 !important; max-width: none !important; } }`}</style>
      <form method="get" className="no-print flex items-end gap-2">
        <label className="font-semibold">{t("studio.labelCount")} <input type="number" name="count" min={1} max={240} defaultValue={count} className="w-24 rounded border border-slate-500 px-2 py-1" /></label>
        <button type="submit" className="rounded border border-slate-500 px-3 py-1 font-semibold">{t("studio.print")}</button>
      </form>
      <ul className="grid grid-cols-3 gap-2" aria-label={t("studio.labels")}>
        {Array.from({ length: count }, (_, index) => (
          <li key={index} className="flex break-inside-avoid gap-2 border border-dashed border-slate-400 p-2 text-xs">
            <div className="h-20 w-20 shrink-0" role="img" aria-label={url} data-qr-url={url} dangerouslySetInnerHTML={{ __html: svg }} />
            <div>
              <p className="font-bold">{batch.productName}</p>
              <p>{t("lot")}: {batch.lotCode}</p>
              <p>{t("studio.productionDate")}: {formatDay(batch.productionDate, locale)}</p>
              {batch.expiryDate ? <p>{t("studio.expiryDate")}: {formatDay(batch.expiryDate, locale)}</p> : null}
              {batch.badgeStars ? <p>OCOP {"★".repeat(batch.badgeStars)}</p> : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
