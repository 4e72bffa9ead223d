import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrintButton } from "@/components/programme/print-button";
import { Link } from "@/i18n/navigation";
import { isAppError } from "@/lib/errors";
import { formatDay } from "@/lib/format";
import { requirePageAccess } from "@/server/auth/session";
import { batchQrUrl } from "@/server/trace/links";
import { batchQrDrawing, labelAddressProblem, publicBatchQrUrl } from "@/server/trace/qr";
import { getOwnBatch } from "@/server/trace/queries";

/**
 * A print-ready A4 sheet of QR labels (3 × 8 per page); the number of labels comes from ?count=.
 * When the site's address is not public, the sheet says so instead of printing codes nobody can open.
 */
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
  const problem = labelAddressProblem();
  if (problem) {
    return (
      <section className="space-y-4">
        <h1 className="text-2xl font-bold">{t("studio.labels")}</h1>
        <div role="alert" className="max-w-2xl space-y-2 rounded border border-red-700 bg-red-50 p-4 text-red-950">
          <p className="font-bold">{t("studio.labelsRefused")}</p>
          <p>{t(`studio.labelsAddress.${problem.reason}`, { baseUrl: problem.baseUrl })}</p>
          <p>{t("studio.labelsWouldPoint")} <code className="break-all">{batchQrUrl(problem.baseUrl, batch, batch.gtin)}</code></p>
          <p>{t("studio.labelsFix")}</p>
        </div>
        <Link href={`/studio/batches/${batch.id}`} className="underline">{t("studio.backToBatch")}</Link>
      </section>
    );
  }
  const url = publicBatchQrUrl(batch, batch.gtin);
  const qr = await batchQrDrawing(url);
  const qrId = `qr-${batch.id}`;
  // Every label is this one element: the page's payload names it once and refers to it for the others.
  const label = (
    <>
      <svg className="h-20 w-20 shrink-0" viewBox={qr.viewBox} shapeRendering="crispEdges" role="img" aria-label={url} data-qr-url={url}>
        <use href={`#${qrId}`} />
      </svg>
      <div>
        <p className="font-bold">{batch.productName}</p>
        <p>{`${t("lot")}: ${batch.lotCode}`}</p>
        <p>{`${t("studio.productionDate")}: ${formatDay(batch.productionDate, locale)}`}</p>
        {batch.expiryDate ? <p>{`${t("studio.expiryDate")}: ${formatDay(batch.expiryDate, locale)}`}</p> : null}
        {batch.badgeStars ? <p>{`OCOP ${"★".repeat(batch.badgeStars)}`}</p> : null}
      </div>
    </>
  );
  return (
    <section className="print-sheet space-y-4">
      {/* The sheet's paper; the rest of the print layout is in globals.css (.print-sheet). */}
      <style>{`@page { size: A4; margin: 10mm; }`}</style>
      {/* The code is drawn once and each label shows it by reference: up to 240 labels stay light. */}
      <svg width="0" height="0" className="absolute" aria-hidden="true">
        <symbol id={qrId} viewBox={qr.viewBox} dangerouslySetInnerHTML={{ __html: qr.body }} />
      </svg>
      <div className="no-print flex flex-wrap items-end gap-3">
        <form method="get" className="flex items-end gap-2">
          <label className="font-semibold">{t("studio.labelCount")} <input type="number" name="count" min={1} max={240} defaultValue={count} className="w-24 rounded border border-slate-500 px-2 py-1" /></label>
          <button type="submit" className="rounded border border-slate-500 px-3 py-1 font-semibold">{t("studio.labelsUpdate")}</button>
        </form>
        <PrintButton label={t("studio.print")} />
      </div>
      <ul className="grid grid-cols-3 gap-2" aria-label={t("studio.labels")}>
        {Array.from({ length: count }, (_, index) => (
          <li key={index} className="flex break-inside-avoid gap-2 border border-dashed border-slate-400 p-2 text-xs">
            {label}
          </li>
        ))}
      </ul>
    </section>
  );
}
