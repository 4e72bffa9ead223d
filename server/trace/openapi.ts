import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "@/server/infra/openapi/openapi-registry";
import { CERTIFICATION_STATUSES } from "@/lib/certification-status";
import { ZApiError } from "@/server/products/api-schemas";

const day = z.string().openapi({ format: "date" });

/** The shape /api/v1/trace/{code} returns (TraceView in server/trace/queries.ts). */
export const ZTrace = z
  .object({
    code: z.string(),
    lotCode: z.string(),
    productionDate: day,
    expiryDate: day.nullable(),
    expired: z.boolean(),
    quantity: z.number().int(),
    quantityUnit: z.string(),
    growingArea: z.string().nullable(),
    growingAreaCode: z.string().nullable(),
    rawMaterial: z.string().nullable(),
    soldAt: z.string().nullable(),
    product: z.object({ slug: z.string(), nameVi: z.string(), nameEn: z.string().nullable(), gtin: z.string().nullable() }),
    producer: z.object({ slug: z.string(), name: z.string(), commune: z.string(), phone: z.string().nullable(), email: z.string().nullable() }),
    badge: z.object({ stars: z.number().int(), decisionNumber: z.string(), decisionDate: day, issuingBody: z.string(), validUntil: day }).nullable(),
    certification: z.enum(CERTIFICATION_STATUSES).openapi({ description: "CERTIFIED while a 3★+ certificate is valid; otherwise REVOKED, EXPIRED or NONE (never 3★+)" }),
    events: z.array(
      z.object({
        type: z.enum(["PLANTING", "HARVEST", "PROCESSING", "PACKAGING", "LAB_TEST", "CERTIFICATION", "SHIPPING"]),
        date: day, place: z.string(), actor: z.string(), note: z.string(), evidenceKey: z.string().nullable(), evidenceMime: z.string().nullable(),
        latitude: z.number().nullable(), longitude: z.number().nullable(),
      }),
    ),
    labTests: z.array(z.object({ indicator: z.string(), value: z.string(), unit: z.string(), limit: z.string(), lab: z.string(), date: day, passed: z.boolean() })),
    certifications: z.array(z.object({ kind: z.string(), number: z.string(), issuer: z.string(), validFrom: day.nullable(), validUntil: day.nullable(), valid: z.boolean() })),
  })
  .openapi("Trace");

export function registerTraceApi(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/trace/{code}",
    summary: "The public trace of one batch: facts, timeline, lab results, certifications",
    request: { params: z.object({ code: z.string() }) },
    responses: {
      200: { description: "The batch", content: { "application/json": { schema: ZTrace } } },
      404: { description: "Unknown or private batch", content: { "application/json": { schema: ZApiError } } },
    },
  });
}
