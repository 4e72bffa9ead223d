import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "@/server/infra/openapi/openapi-registry";
import { ZApiError } from "@/server/products/api-schemas";
import { ZFairExhibitorQuery, ZFairListQuery } from "./schemas";

const ZFair = z
  .object({
    slug: z.string(),
    nameVi: z.string(),
    nameEn: z.string().nullable(),
    startsOn: z.string().openapi({ format: "date" }),
    endsOn: z.string().openapi({ format: "date" }),
    venue: z.string(),
    province: z.string(),
    registrationDeadline: z.string().openapi({ format: "date-time" }),
    registrationOpen: z.boolean(),
    boothCapacity: z.number().int(),
    boothSize: z.string(),
    feeVnd: z.number().int(),
    subsidyPercent: z.number().int(),
    minStars: z.number().int(),
    allocatedBooths: z.number().int(),
  })
  .openapi("Fair");

const ZFairDetail = ZFair.extend({
  descriptionVi: z.string(),
  descriptionEn: z.string().nullable(),
  opensAt: z.string().nullable().openapi({ description: "Daily opening time, HH:MM in Vietnam (null: not announced)", example: "08:00" }),
  closesAt: z.string().nullable().openapi({ description: "Daily closing time, HH:MM in Vietnam", example: "21:00" }),
  hoursNoteVi: z.string(),
  hoursNoteEn: z.string().nullable(),
  address: z.string(),
  directionsVi: z.string(),
  directionsEn: z.string().nullable(),
  exhibitors: z.array(
    z.object({
      producerSlug: z.string(),
      producerName: z.string(),
      booths: z.array(z.number().int()),
      products: z.array(z.object({ slug: z.string(), nameVi: z.string(), nameEn: z.string().nullable(), stars: z.number().int().nullable() })),
    }),
  ).openapi({ description: "One page of exhibitors in booth order" }),
  page: z.number().int(),
  pageSize: z.number().int(),
  exhibitorsTotal: z.number().int(),
}).openapi("FairDetail");

const ZFairList = z.object({ items: z.array(ZFair), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() }).openapi("FairList");
const ZSlug = z.object({ slug: z.string() });

export function registerFairsApi(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/fairs",
    summary: "Trade fairs, upcoming (soonest first) or past (latest first)",
    request: { query: ZFairListQuery },
    responses: {
      200: { description: "One page of fairs", content: { "application/json": { schema: ZFairList } } },
      400: { description: "Invalid parameters", content: { "application/json": { schema: ZApiError } } },
    },
  });
  registry.registerPath({
    method: "get",
    path: "/fairs/{slug}",
    summary: "One fair with its visitor facts and a page of its exhibitors, their booth numbers and products",
    request: { params: ZSlug, query: ZFairExhibitorQuery },
    responses: {
      200: { description: "The fair", content: { "application/json": { schema: ZFairDetail } } },
      404: { description: "Not found", content: { "application/json": { schema: ZApiError } } },
    },
  });
  registry.registerPath({
    method: "get",
    path: "/fairs/{slug}/calendar.ics",
    summary: "The fair as an iCalendar (RFC 5545) all-day event",
    request: { params: ZSlug, query: z.object({ locale: z.enum(["vi", "en"]).optional() }) },
    responses: {
      200: { description: "iCalendar file", content: { "text/calendar": { schema: z.string() } } },
      404: { description: "Not found", content: { "application/json": { schema: ZApiError } } },
    },
  });
}
