import { z } from "zod";
import { CERTIFICATE_LEVELS } from "@/lib/certificate-rules";

/** The officers' certificate list: its filters are query parameters, so a filtered view has a URL (and a CSV). */
export const CERTIFICATE_STATES = ["valid", "expiring", "expired", "revoked", "superseded", "potential"] as const;
/**
 * The list's orders, each a column and a direction (the column headers). "product" and "stars" are the
 * older names of A→Z and most stars first, kept so bookmarked lists still open as they were.
 */
export const CERTIFICATE_SORTS = ["decision-desc", "decision-asc", "valid-asc", "valid-desc", "product-asc", "product-desc", "stars-desc", "stars-asc", "product", "stars"] as const;
type CertificateSort = (typeof CERTIFICATE_SORTS)[number];
export type CertificateColumn = "decision" | "valid" | "product" | "stars";

/** The column and direction of the list's order; with no sort chosen, the soonest ending first for "expiring", else the newest decision. */
export function certificateSort(query: Pick<CertificateListQuery, "sort" | "state">): { column: CertificateColumn; dir: "asc" | "desc" } {
  const sort: CertificateSort = query.sort ?? (query.state === "expiring" ? "valid-asc" : "decision-desc");
  if (sort === "product") return { column: "product", dir: "asc" };
  if (sort === "stars") return { column: "stars", dir: "desc" };
  const [column, dir] = sort.split("-") as [CertificateColumn, "asc" | "desc"];
  return { column, dir };
}

/** The sort value of a column and direction (the header's link). */
export function certificateSortValue(column: CertificateColumn, dir: "asc" | "desc"): CertificateSort {
  return `${column}-${dir}` as const;
}

export const ZCertificateListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  state: z.enum(CERTIFICATE_STATES).optional(),
  stars: z.coerce.number().int().min(3).max(5).optional(),
  level: z.enum(CERTIFICATE_LEVELS).optional(),
  sort: z.enum(CERTIFICATE_SORTS).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type CertificateListQuery = z.infer<typeof ZCertificateListQuery>;

export const ZProductPickerQuery = z.object({
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type ProductPickerQuery = z.infer<typeof ZProductPickerQuery>;

/** The list's URL parameters for a query (empty ones left out), e.g. for pagination and the CSV link. */
export function certificateListParams(query: CertificateListQuery, overrides: Partial<CertificateListQuery> = {}): Record<string, string> {
  const merged = { ...query, ...overrides };
  const params: Record<string, string> = {};
  for (const key of ["q", "state", "stars", "level", "sort"] as const) {
    const value = merged[key];
    if (value !== undefined && value !== "") params[key] = String(value);
  }
  if (merged.page && merged.page > 1) params.page = String(merged.page);
  return params;
}
