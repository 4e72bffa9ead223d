import { getTranslations } from "next-intl/server";
import { toCsv } from "@/lib/csv";
import { today } from "@/lib/clock";
import { formatDay } from "@/lib/format";
import { getViewer } from "@/server/auth/session";
import { authorize } from "@/server/auth/permissions";
import { ZCertificateListQuery } from "@/server/certificates/list-query";
import { exportCertificates } from "@/server/certificates/queries";
import { route } from "@/server/infra/http";
import { parseLenient } from "@/server/products/query-schemas";

const KEYS = ["product", "producer", "commune", "stars", "score", "level", "issuingBody", "decisionNumber", "decisionDate", "validUntil", "state", "potential", "revocation"] as const;

/** The officers' certificate list as CSV: the same filters as the page, every row, headers in the page's language. */
export const GET = route(async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params;
  const viewer = await getViewer();
  authorize(viewer, "certificate.record");
  const { query } = parseLenient(ZCertificateListQuery, Object.fromEntries(new URL(request.url).searchParams));
  const day = today();
  const rows = await exportCertificates(viewer, query, day);
  const t = await getTranslations({ locale, namespace: "certificates" });
  const csv = toCsv(
    rows.map((c) => ({
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
    })),
    KEYS.map((key) => ({ key, header: t(`csv.${key}`) })),
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="ocop-certificates-${day}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
