import { getTranslations } from "next-intl/server";
import { toCsv } from "@/lib/csv";
import { AppError } from "@/lib/errors";
import { formatPhone } from "@/lib/phone";
import { getViewer } from "@/server/auth/session";
import { exhibitorListForOfficer } from "@/server/fairs/queries";
import { route } from "@/server/infra/http";

const KEYS = ["booths", "producer", "phone", "email", "products", "needs", "note", "boothCount", "feeGross", "subsidy", "feeDue"] as const;

/** The exhibitor list as CSV (the same rows as the printable page), headers in the page's language. */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) => {
  const { locale, id } = await params;
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const { fair, rows } = await exhibitorListForOfficer(viewer, id);
  const [t, tStudio] = await Promise.all([getTranslations({ locale, namespace: "fairs.csv" }), getTranslations({ locale, namespace: "fairs.studio" })]);
  const csv = toCsv(
    rows.map((r) => ({
      booths: r.booths.join(" "),
      producer: r.producerName,
      // Grouped as people write it ("0912 345 678"): a spreadsheet keeps that as text, with its leading 0.
      phone: r.phone ? formatPhone(r.phone) : "",
      email: r.email ?? "",
      products: r.productNames.join("; "),
      needs: [r.needsPower && tStudio("needsPower"), r.needsRefrigeration && tStudio("needsRefrigeration"), r.needsWater && tStudio("needsWater")].filter(Boolean).join("; "),
      note: r.note,
      boothCount: r.boothCount,
      feeGross: r.fee.gross,
      subsidy: r.fee.subsidy,
      feeDue: r.fee.net,
    })),
    KEYS.map((key) => ({ key, header: t(key) })),
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="exhibitors-${fair.slug}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
