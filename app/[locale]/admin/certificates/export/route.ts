import { getTranslations } from "next-intl/server";
import { today } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { formatDay } from "@/lib/format";
import { parseListQuery } from "@/lib/list-query";
import { getViewer } from "@/server/auth/session";
import { CERTIFICATE_LIST, certificateRowsForExport } from "@/server/certificates/queries";
import { csvDownload, inBatches } from "@/server/infra/csv-download";
import { route } from "@/server/infra/http";

const COLUMNS = ["product", "producer", "commune", "stars", "score", "level", "issuingBody", "decisionNumber", "decisionDate", "validUntil", "state", "potential", "revocation"] as const;

/** The officers' certificate list as CSV: the same query as the page (filters and order), every row, headers in the page's language. */
export const GET = route(async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params;
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const query = parseListQuery(CERTIFICATE_LIST, Object.fromEntries(new URL(request.url).searchParams));
  const read = await certificateRowsForExport(viewer, query, today());
  const t = await getTranslations({ locale, namespace: "certificates" });
  async function* rows() {
    for await (const batch of inBatches(read)) {
      yield batch.map((c) => ({
        product: c.productName,
        producer: c.producerName,
        commune: c.commune,
        stars: c.stars,
        score: c.score,
        level: t(`levels.${c.level}`),
        issuingBody: c.issuingBody,
        decisionNumber: c.decisionNumber,
        decisionDate: formatDay(c.decisionDate, locale),
        validUntil: formatDay(c.validUntil, locale),
        state: t(`states.${c.state}`),
        potential: c.fiveStarPotential ? t("csv.yes") : "",
        revocation: c.revocation ? [c.revocation.decisionNumber, c.revocation.date ? formatDay(c.revocation.date, locale) : null].filter(Boolean).join(" ") : "",
      }));
    }
  }
  return csvDownload("ocop-certificates", COLUMNS.map((key) => ({ key, header: t(`csv.${key}`) })), rows());
});
