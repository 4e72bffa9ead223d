import { z } from "zod";
import { CERTIFICATE_LEVELS } from "@/lib/certificate-rules";

/** The officers' certificate list: its filters are query parameters, so a filtered view has a URL (and a CSV). */
export const CERTIFICATE_STATES = ["valid", "expiring", "expired", "revoked", "superseded", "potential"] as const;
export const CERTIFICATE_SORTS = ["decision-desc", "decision-asc", "valid-asc", "valid-desc", "product", "stars"] as const;

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
