import { getTranslations } from "next-intl/server";
import { today } from "@/lib/clock";
import { toCsv } from "@/lib/csv";
import { AppError } from "@/lib/errors";
import { formatDay } from "@/lib/format";
import { COMMITMENT_KINDS } from "@/lib/programme-figures";
import { getViewer } from "@/server/auth/session";
import { route } from "@/server/infra/http";
import { parseListQuery } from "@/lib/list-query";
import { COMMITMENT_LIST, exportCommitmentChecklist, getProgrammeContext } from "@/server/programme/queries";

/** The commitments list as CSV: the same query as the page (lib/list-query), every row in its order, headers in the page's language. */
export const GET = route(async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params;
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const query = parseListQuery(COMMITMENT_LIST, Object.fromEntries(new URL(request.url).searchParams));
  const context = await getProgrammeContext(viewer, query.filters.programme ?? null);
  if (!context) throw new AppError("NOT_FOUND");
  const rows = await exportCommitmentChecklist(viewer, context.scope, query);
  const t = await getTranslations({ locale, namespace: "programme" });
  const columns = [
    { key: "producer", header: t("checklist.csvHeaders.producer") },
    { key: "commune", header: t("checklist.csvHeaders.commune") },
    { key: "status", header: t("checklist.csvHeaders.status") },
    ...COMMITMENT_KINDS.map((kind) => ({ key: kind, header: t(`commitments.${kind}`) })),
    { key: "complete", header: t("checklist.csvHeaders.complete") },
  ];
  const csv = toCsv(
    rows.map((row) => {
      const done = new Map(row.commitments.map((c) => [c.kind, c.committedOn]));
      return {
        producer: row.name,
        commune: row.communeName,
        status: row.status === "SUSPENDED" ? t("checklist.suspended") : t("checklist.csvHeaders.active"),
        ...Object.fromEntries(COMMITMENT_KINDS.map((kind) => [kind, done.has(kind) ? formatDay(done.get(kind)!, locale) : ""])),
        complete: done.size === COMMITMENT_KINDS.length ? t("checklist.csvHeaders.yes") : t("checklist.csvHeaders.no"),
      };
    }),
    columns,
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="commitments-${context.programme.slug}-${today()}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
