import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { parseListQuery } from "@/lib/list-query";
import { AUDIT_LIST, auditRowsForExport } from "@/server/audit/queries";
import { getViewer } from "@/server/auth/session";
import { csvDownload, inBatches } from "@/server/infra/csv-download";
import { route } from "@/server/infra/http";
import { auditLabels } from "../_components/labels";

const COLUMNS = ["when", "who", "email", "what", "entity", "about", "changes"] as const;

/** The audit log as CSV: the same filters as the page, every entry, with the page's words and Vietnam time. */
export const GET = route(async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params;
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const query = parseListQuery(AUDIT_LIST, Object.fromEntries(new URL(request.url).searchParams));
  const read = await auditRowsForExport(viewer, query);
  const labels = await auditLabels(locale);
  async function* rows() {
    for await (const batch of inBatches(read)) {
      yield batch.map((e) => ({
        when: formatDateTime(e.createdAt, locale),
        who: e.actorName ?? labels.t("system"),
        email: e.actorEmail ?? "",
        what: labels.action(e.action, e.entityType),
        entity: labels.entity(e.entityType),
        about: e.entityName ?? e.entityId,
        changes: labels.changes(e),
      }));
    }
  }
  return csvDownload("nhat-ky", COLUMNS.map((key) => ({ key, header: labels.t(`csv.${key}`) })), rows());
});
