import { getTranslations } from "next-intl/server";
import { today } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { toCsv } from "@/lib/csv";
import { getViewer } from "@/server/auth/session";
import { route } from "@/server/infra/http";
import { exportRowsForProducer } from "@/server/orders/queries";

const KEYS = ["code", "date", "status", "customer", "phone", "address", "product", "unit", "quantity", "unitPrice", "lineTotal", "payment"] as const;

/** The producer's own order lines as CSV, headers in the page's language. */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params;
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const rows = await exportRowsForProducer(viewer, locale);
  const t = await getTranslations({ locale, namespace: "orders.csv" });
  const csv = toCsv(rows, KEYS.map((key) => ({ key, header: t(key) })));
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="orders-${today()}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
