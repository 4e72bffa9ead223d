import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { parseListQuery } from "@/lib/list-query";
import { getViewer } from "@/server/auth/session";
import { csvDownload, inBatches } from "@/server/infra/csv-download";
import { route } from "@/server/infra/http";
import { PRODUCT_LIST, productRowsForExport } from "@/server/products/admin-queries";

const COLUMNS = ["name", "producer", "commune", "group", "status", "stars", "price", "unit", "stock", "gtin", "updated"] as const;

/** The products list as CSV: the same filters and order as the page, every row. Money in whole VND. */
export const GET = route(async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params;
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const query = parseListQuery(PRODUCT_LIST, Object.fromEntries(new URL(request.url).searchParams));
  const read = await productRowsForExport(viewer, query);
  const [t, tStatus, tGroups] = await Promise.all([
    getTranslations({ locale, namespace: "admin.products" }),
    getTranslations({ locale, namespace: "listings.status" }),
    getTranslations({ locale, namespace: "common.groups" }),
  ]);
  async function* rows() {
    for await (const batch of inBatches(read)) {
      yield batch.map((p) => ({
        name: p.nameVi,
        producer: p.producerName,
        commune: p.commune,
        group: tGroups(p.group),
        status: tStatus(p.status),
        stars: p.stars ?? "",
        price: p.priceVnd,
        unit: p.unit,
        stock: p.stock,
        gtin: p.gtin ?? "",
        updated: formatDateTime(p.updatedAt, locale),
      }));
    }
  }
  return csvDownload("san-pham", COLUMNS.map((key) => ({ key, header: t(`columns.${key}`) })), rows());
});
